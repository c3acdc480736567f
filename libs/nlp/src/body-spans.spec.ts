import { inBody, maskRanges } from './body-spans';

const span = (start: number, end: number, text = '') => ({ start, end, text });

describe('inBody', () => {
  it('drops items that start inside a boilerplate range and keeps the rest in their order', () => {
    const items = [span(50, 55, 'c'), span(0, 5, 'a'), span(12, 20, 'b'), span(31, 33, 'd')];
    const boilerplate = [{ start: 10, end: 25 }, { start: 30, end: 40 }];
    expect(inBody(items, boilerplate).map((i) => i.text)).toEqual(['c', 'a']);
  });

  it('keeps an item that starts right where a boilerplate range ends', () => {
    expect(inBody([span(25, 30, 'x')], [{ start: 10, end: 25 }])).toHaveLength(1);
  });

  it('keeps everything when there is no boilerplate', () => {
    expect(inBody([span(1, 2), span(3, 4)], [])).toHaveLength(2);
  });
});


describe('maskRanges', () => {
  it('blanks each range with spaces and keeps every other character at its offset', () => {
    const text = 'Body one.\nPhoto: Jane Roe\nBody two.';
    const masked = maskRanges(text, [{ start: 10, end: 25 }]);
    expect(masked).toBe('Body one.\n               \nBody two.');
    expect(masked).toHaveLength(text.length);
  });

  it('takes ranges in any order, overlapping or empty', () => {
    expect(maskRanges('abcdefgh', [{ start: 5, end: 7 }, { start: 1, end: 3 }, { start: 2, end: 4 }, { start: 6, end: 6 }])).toBe('a   e  h');
  });

  it('returns the text itself when there is nothing to blank', () => {
    expect(maskRanges('abc', [])).toBe('abc');
  });
});
