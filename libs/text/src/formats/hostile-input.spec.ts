import { parseInboxFile } from './index';
import type { ParseOutcome } from './outcome';

const MB = 1024 * 1024;
const limits = { maxBytes: 50 * MB };
const parse = (name: string, bytes: Buffer | string, maxBytes = limits.maxBytes): ParseOutcome =>
  parseInboxFile(name, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes, { maxBytes });

const fileRejected = (code: string, reason: string): ParseOutcome => ({
  articles: [],
  rejections: [{ recordIndex: null, code: code as never, reason }],
});

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const article = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ title: 'T', body: 'B', ...extra });

describe('parseInboxFile on hostile and odd input', () => {
  it('1. empty file', () => {
    expect(parse('a.txt', '')).toEqual(fileRejected('empty', 'empty file'));
  });

  it('2. whitespace only (spaces, tabs, CRLF, no-break space)', () => {
    expect(parse('a.txt', ' \t\r\n\r\n\u00a0 ')).toEqual(fileRejected('empty', 'file holds only whitespace'));
  });

  it('3. a PNG renamed to .txt', () => {
    expect(parse('photo.txt', PNG)).toEqual(fileRejected('binary', 'binary file (PNG image)'));
  });

  it('4. a PDF renamed to .html', () => {
    expect(parse('report.html', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')).toEqual(fileRejected('binary', 'binary file (PDF document)'));
  });

  it('5. a ZIP (e.g. .docx) renamed to .md', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    expect(parse('notes.md', zip)).toEqual(fileRejected('binary', 'binary file (ZIP archive (or .docx/.xlsx/.epub))'));
  });

  it('6. a GZIP and an ELF binary renamed to .json', () => {
    expect(parse('a.json', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]))).toEqual(fileRejected('binary', 'binary file (GZIP archive)'));
    expect(parse('b.json', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).toEqual(fileRejected('binary', 'binary file (ELF executable)'));
  });

  it('7. a stray NUL byte in a text is dropped, not taken for binary', () => {
    const outcome = parse('a.txt', Buffer.from('Headline\n\nBody \u0000 more body text here', 'utf8'));
    expect(outcome.rejections).toEqual([]);
    expect(outcome.articles[0]).toMatchObject({ title: 'Headline', body: 'Headline\n\nBody  more body text here' });
  });

  it('7b. stray NULs in an HTML page still give its article', () => {
    const paragraph = '<p>The council approved the new budget on Monday, after a long debate about schools and roads.</p>';
    const page = `<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>${paragraph}\0${paragraph}</article></body></html>\0`;
    const outcome = parse('page.html', page);
    expect(outcome.rejections).toEqual([]);
    expect(outcome.articles[0].body).toContain('approved the new budget');
  });

  it('7c. a file that is mostly NUL bytes is still binary', () => {
    expect(parse('a.txt', Buffer.from('A\0B\0\0C\0\0\0D', 'utf8'))).toEqual(fileRejected('binary', 'binary content (holds NUL bytes)'));
  });

  it('8. mostly control characters without NUL', () => {
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7))));
    const outcome = parse('noise.txt', noise);
    expect(outcome.rejections).toHaveLength(1);
    expect(outcome.rejections[0].code).toBe('binary');
    expect(outcome.rejections[0].reason).toMatch(/^binary content \(\d+% control characters\)$/);
  });

  it('9. over the size limit, with both sizes in the reason', () => {
    const bytes = Buffer.alloc(3 * MB, 0x61);
    expect(parse('big.txt', bytes, 2 * MB)).toEqual(fileRejected('too-large', 'file is 3 MB, over the 2 MB limit'));
  });

  it('10. exactly at the size limit is accepted', () => {
    const outcome = parse('edge.txt', Buffer.alloc(1000, 0x61), 1000);
    expect(outcome.rejections).toEqual([]);
    expect(outcome.articles).toHaveLength(1);
  });

  it('11. UTF-16 LE with BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Заголовок\n\nТекст статьи.', 'utf16le')]);
    const [a] = parse('ru.txt', bytes).articles;
    expect(a).toMatchObject({ encoding: 'utf-16le', title: 'Заголовок', text: 'Заголовок\n\nТекст статьи.' });
  });

  it('12. UTF-16 BE with BOM', () => {
    const le = Buffer.from('Title line\n\nBody “quoted” text.', 'utf16le');
    const be = Buffer.from(le).swap16();
    const [a] = parse('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])).articles;
    expect(a).toMatchObject({ encoding: 'utf-16be', title: 'Title line', text: 'Title line\n\nBody “quoted” text.' });
  });

  it('13. UTF-16 with BOM but an odd number of bytes', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('abc', 'utf16le'), Buffer.from([0x41])]);
    expect(parse('odd.txt', bytes)).toEqual(fileRejected('encoding', 'invalid UTF-16LE: odd number of bytes'));
  });

  it('14. UTF-8 BOM is stripped from text and title', () => {
    const [a] = parse('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Title\n\nBody.')])).articles;
    expect(a).toMatchObject({ encoding: 'utf-8-bom', title: 'Title', text: 'Title\n\nBody.' });
  });

  it('15. Windows-1252 smart quotes (0x93/0x94) and a euro sign', () => {
    const bytes = Buffer.from([...Buffer.from('Price rise\n\n', 'latin1'), 0x93, ...Buffer.from('Too much', 'latin1'), 0x94, 0x20, 0x80, 0x35]);
    const [a] = parse('cp1252.txt', bytes).articles;
    expect(a).toMatchObject({ encoding: 'windows-1252', text: 'Price rise\n\n“Too much” €5' });
  });

  it('16. Latin-1 accented letters that are not UTF-8', () => {
    const [a] = parse('latin1.txt', Buffer.from('Caf\u00e9 na\u00efve in Z\u00fcrich\n\nBody.', 'latin1')).articles;
    expect(a).toMatchObject({ encoding: 'windows-1252', title: 'Café naïve in Zürich' });
  });

  it('17. a UTF-8 file with one stray Windows-1252 byte keeps its UTF-8 intact', () => {
    const bytes = Buffer.concat([Buffer.from('Lukashenka’s “plan”\n\nIt was '), Buffer.from([0x96]), Buffer.from(' he said – в Минске')]);
    const [a] = parse('mixed.txt', bytes).articles;
    expect(a).toMatchObject({ encoding: 'utf-8+windows-1252', text: 'Lukashenka’s “plan”\n\nIt was – he said – в Минске' });
  });

  it('18. UTF-32 is refused with advice', () => {
    expect(parse('u32.txt', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toEqual(
      fileRejected('encoding', 'UTF-32 text is not supported; save it as UTF-8'),
    );
  });

  it('19. UTF-16 LE without a BOM is recognised instead of refused for its NUL bytes', () => {
    const [a] = parse('nobom.txt', Buffer.from('Headline\r\n\r\nBody text.', 'utf16le')).articles;
    expect(a).toMatchObject({ encoding: 'utf-16le-nobom', title: 'Headline' });
  });

  it('20. CRLF line endings: title has no \\r, text keeps the bytes as written', () => {
    const [a] = parse('crlf.txt', 'My headline here\r\n\r\nFirst paragraph.\r\n').articles;
    expect(a.title).toBe('My headline here');
    expect(a.text).toBe('My headline here\r\n\r\nFirst paragraph.\r\n');
  });

  it('21. NFD text is not normalised (offsets stay valid) and its dateline is still found', () => {
    const text = 'Banks merge\n\nZu\u0308rich, 3 March 2020. Two banks said on Tuesday they would merge.';
    const [a] = parse('nfd.txt', text).articles;
    expect(a.text).toBe(text);
    expect(a.dateline).toBe('Zu\u0308rich');
    expect(a.publishedAt).toBe('2020-03-03T00:00:00.000Z');
  });

  it('22. a 1 MB single line: one article, no 1 MB title', () => {
    const line = 'word '.repeat(200_000);
    const [a] = parse('long.txt', line).articles;
    expect(a.title).toBeNull();
    expect(a.text.length).toBe(1_000_000);
  });

  it('23. unknown extension is ignored with a reason, not rejected', () => {
    expect(parse('report.pdf', '%PDF-1.4')).toEqual({ articles: [], rejections: [], ignored: { reason: 'unsupported file type ".pdf"' } });
  });

  it('24. no extension at all', () => {
    expect(parse('inbox/README', 'text')).toEqual({
      articles: [],
      rejections: [],
      ignored: { reason: 'file has no extension, so its type is unknown' },
    });
  });

  it('25. upper-case extension is still recognised', () => {
    expect(parse('NEWS.TXT', 'Title\n\nBody.').articles[0].format).toBe('txt');
  });

  it('26. JSONL with one broken line keeps the others', () => {
    const text = [JSON.stringify(article({ title: 'A' })), '{"title": "B", "body": ', JSON.stringify(article({ title: 'C' }))].join('\n');
    const outcome = parse('feed.jsonl', text);
    expect(outcome.articles.map((a) => [a.recordIndex, a.title])).toEqual([[1, 'A'], [3, 'C']]);
    expect(outcome.rejections).toHaveLength(1);
    expect(outcome.rejections[0]).toMatchObject({ recordIndex: 2, code: 'malformed-json' });
    expect(outcome.rejections[0].reason).toMatch(/^line 2: malformed JSON: /);
  });

  it('27. JSONL line 7 without a body', () => {
    const lines = Array.from({ length: 7 }, (_, i) => JSON.stringify(i === 6 ? { title: 'no body' } : article()));
    const outcome = parse('feed.jsonl', lines.join('\n'));
    expect(outcome.articles).toHaveLength(6);
    expect(outcome.rejections).toEqual([
      { recordIndex: 7, code: 'invalid-record', reason: 'line 7: body is missing (expected one of body, text, content)' },
    ]);
  });

  it('28. JSON that is an array: good items kept, bad ones rejected by index', () => {
    const outcome = parse('batch.json', JSON.stringify([article({ title: 'one' }), { title: 'x', body: 42 }, article({ title: 'three' })]));
    expect(outcome.articles.map((a) => [a.recordIndex, a.title])).toEqual([[0, 'one'], [2, 'three']]);
    expect(outcome.rejections).toEqual([{ recordIndex: 1, code: 'invalid-record', reason: 'index 1: body must be a string, got a number' }]);
  });

  it('29. JSON with wrong types in several fields lists every problem', () => {
    expect(parse('a.json', JSON.stringify({ title: ['x'], body: 'b', url: 7, source: { name: 'X' } }))).toEqual({
      articles: [],
      rejections: [
        {
          recordIndex: 0,
          code: 'invalid-record',
          reason: 'title must be a string, got an array; url must be a string, got a number; source must be a string, got an object',
        },
      ],
    });
  });

  it('30. malformed JSON reports the parser message with line and column', () => {
    const outcome = parse('a.json', '{\n  "title": "x",\n  "body": "y",,\n}');
    expect(outcome.rejections).toHaveLength(1);
    expect(outcome.rejections[0]).toMatchObject({ recordIndex: null, code: 'malformed-json' });
    expect(outcome.rejections[0].reason).toMatch(/^malformed JSON: .*at position 32 \(line 3, column 15\)$/);
  });

  it('31. JSON nested 100,000 levels deep is refused, not a crash', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const outcome = parse('deep.json', deep);
    expect(outcome.articles).toEqual([]);
    expect(outcome.rejections).toEqual([{ recordIndex: 0, code: 'invalid-record', reason: 'index 0: expected an article object, got an array' }]);
  });

  it('32. an article with a deeply nested extra field is kept', () => {
    const nested = `{"title":"t","body":"b","extra":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`;
    expect(parse('deep.json', nested).articles).toHaveLength(1);
  });

  it('33. a JSON scalar at top level', () => {
    expect(parse('a.json', '"just a string"')).toEqual({
      articles: [],
      rejections: [{ recordIndex: 0, code: 'invalid-record', reason: 'expected an article object, got a string' }],
    });
  });

  it('34. an empty JSON array', () => {
    expect(parse('a.json', '[]')).toEqual(fileRejected('empty', 'JSON array holds no articles'));
  });

  it('35. HTML that is only a script', () => {
    expect(parse('x.html', '<html><head><script>location="//evil"</script></head><body><script>alert(1)</script></body></html>')).toEqual(
      fileRejected('no-article-text', 'HTML has no article text (only scripts, styles or page chrome)'),
    );
  });

  it('36. HTML nested 100,000 divs deep is refused before parsing', () => {
    const html = `${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}`;
    expect(parse('deep.html', html)).toEqual(fileRejected('too-complex', 'HTML nests elements 100000 deep, over the 5000 limit'));
  });

  it('36b. HTML nested 300 deep skips Readability but keeps its text', () => {
    const html = `<p>Lead</p>${'<div>'.repeat(300)}deep text${'</div>'.repeat(300)}`;
    expect(parse('deep.html', html).articles[0].body).toBe('Lead\n\ndeep text');
  });

  it('37. a file name with spaces, newline and non-Latin characters', () => {
    expect(parse('новости/my\nfile 1.txt', 'Заголовок\n\nТекст.').articles[0].title).toBe('Заголовок');
  });

  it('38. a long page of 20,000 paragraphs is read in time linear in its size', () => {
    // Reading linkedom's childNodes inside a loop made this quadratic: about 20 minutes instead of seconds.
    const para = '<p>The council met on Tuesday to discuss the budget, and the mayor said spending would rise.</p>\n';
    const started = Date.now();
    const outcome = parse('long.html', `<html><body><article>${para.repeat(20_000)}</article></body></html>`);
    expect(outcome.articles[0].text.split('The council met').length - 1).toBe(20_000);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
