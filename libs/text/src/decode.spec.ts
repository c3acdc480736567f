import { decodeText } from './decode';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it('reads plain UTF-8 and reports it', () => {
    expect(decodeText(bytes('Лукашенко said “yes”'))).toEqual({ ok: true, text: 'Лукашенко said “yes”', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'abc'))).toEqual({ ok: true, text: 'abc', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = Buffer.from('Ωmega', 'utf16le');
    expect(decodeText(bytes([0xff, 0xfe], [...le]))).toEqual({ ok: true, text: 'Ωmega', encoding: 'utf-16le' });
    expect(decodeText(bytes([0xfe, 0xff], [...Buffer.from(le).swap16()]))).toEqual({ ok: true, text: 'Ωmega', encoding: 'utf-16be' });
  });

  it('refuses UTF-16 with an unpaired surrogate', () => {
    expect(decodeText(bytes([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toEqual({
      ok: false,
      code: 'encoding',
      reason: 'invalid UTF-16LE: unpaired surrogate',
    });
  });

  it('recognises BOM-less UTF-16 BE from its zero bytes', () => {
    const be = Buffer.from('Plain ASCII words', 'utf16le').swap16();
    expect(decodeText(be)).toEqual({ ok: true, text: 'Plain ASCII words', encoding: 'utf-16be-nobom' });
  });

  it('maps every Windows-1252 typographic byte, not the C1 controls Latin-1 would give', () => {
    const result = decodeText(bytes([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99]));
    expect(result).toEqual({ ok: true, text: '€…‘’“”–—™', encoding: 'windows-1252' });
  });

  it('keeps UTF-8 sequences and reads only the stray bytes as Windows-1252', () => {
    expect(decodeText(bytes('é', [0xe9], '!'))).toEqual({ ok: true, text: 'éé!', encoding: 'utf-8+windows-1252' });
  });

  it('treats a truncated UTF-8 sequence at the end as Windows-1252', () => {
    expect(decodeText(bytes('“ok” ', [0xe2, 0x80]))).toEqual({ ok: true, text: '“ok” â€', encoding: 'utf-8+windows-1252' });
  });

  it('refuses overlong and surrogate UTF-8 encodings rather than decoding them', () => {
    const result = decodeText(bytes('a', [0xc0, 0xaf], 'é', [0xed, 0xa0, 0x80]));
    expect(result).toEqual({ ok: true, text: 'aÀ¯éí\u00a0€', encoding: 'utf-8+windows-1252' });
  });

  it.each([
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0]],
    ['GIF image', [...Buffer.from('GIF89a')]],
    ['WebP image', [...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBP')]],
    ['bzip2 archive', [...Buffer.from('BZh91AY&SY')]],
    ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
    ['Microsoft Office (OLE) document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ['SQLite database', [...Buffer.from('SQLite format 3\0')]],
    ['MP4/QuickTime video', [0, 0, 0, 0x18, ...Buffer.from('ftypmp42')]],
  ])('names a %s by its signature', (name, signature) => {
    expect(decodeText(Uint8Array.from(signature))).toEqual({ ok: false, code: 'binary', reason: `binary file (${name})` });
  });

  it('does not mistake text that starts like "BZh" for bzip2', () => {
    expect(decodeText(bytes('BZh is not a word'))).toMatchObject({ ok: true });
  });

  it('accepts tabs, form feeds and ANSI escapes as text', () => {
    expect(decodeText(bytes('a\tb\fc\u001b[1mbold\u001b[0m\r\n'))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('refuses NUL bytes in UTF-16 text too', () => {
    expect(decodeText(bytes([0xff, 0xfe], [0x41, 0, 0, 0, 0x42, 0]))).toEqual({
      ok: false,
      code: 'binary',
      reason: 'binary content (holds NUL bytes)',
    });
  });
});
