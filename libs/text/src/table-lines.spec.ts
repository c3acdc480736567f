import { csvField, csvLine, csvRows, jsonLines } from './table-lines';

// Reading the CSV back as the same cells is checked end to end in tests/query/export.test.ts.

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('writes null and undefined as empty cells, numbers and booleans as they are', () => {
    expect(csvLine([null, undefined, 42, -3, true, ''])).toBe(',,42,-3,true,\r\n');
  });

  it('writes rows in the order of the columns, one CRLF record each', () => {
    expect(csvRows([{ a: 1, b: 'x,y' }, { a: 2, b: null }], ['b', 'a'])).toBe('"x,y",1\r\n,2\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1 555')).toBe("'+1 555");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('JSON Lines', () => {
  it('writes one parseable object a line, line breaks inside values escaped', () => {
    const rows = [{ a: 'x\ny', b: null }, { a: '"q"', b: 2 }];
    const out = jsonLines(rows);
    expect(out.split('\n')).toHaveLength(3);
    expect(out.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(rows);
  });
});
