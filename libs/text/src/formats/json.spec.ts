import { parseInboxFile } from './index';

const parse = (name: string, text: string) => parseInboxFile(name, Buffer.from(text), { maxBytes: 1 << 20 });

describe('JSON articles', () => {
  it('maps every field, joining title and body into text', () => {
    const record = {
      title: ' Title ',
      content: 'Body text.',
      url: 'https://news.example/a',
      date: '2021-02-11T10:00:00+03:00',
      source: 'BelTA',
      author: 'Jane Doe',
    };
    expect(parse('a.json', JSON.stringify(record))).toEqual({
      articles: [
        {
          recordIndex: 0,
          text: 'Title\n\nBody text.',
          title: 'Title',
          body: 'Body text.',
          url: 'https://news.example/a',
          publishedAt: '2021-02-11T10:00:00.000+03:00',
          source: 'BelTA',
          byline: 'Jane Doe',
          dateline: null,
          format: 'json',
          encoding: 'utf-8',
        },
      ],
      rejections: [],
    });
  });

  it('prefers body over text over content and published_at over date', () => {
    const [a] = parse('a.json', JSON.stringify({ body: 'B', text: 'T', content: 'C', published_at: '2020-01-02', date: '2021-01-01' })).articles;
    expect(a).toMatchObject({ body: 'B', text: 'B', title: null, publishedAt: '2020-01-02T00:00:00.000Z' });
  });

  it('reads epoch seconds and milliseconds', () => {
    const out = parse('a.jsonl', [{ body: 'x', date: 1613037600 }, { body: 'y', date: 1613037600000 }].map((r) => JSON.stringify(r)).join('\n'));
    expect(out.articles.map((a) => a.publishedAt)).toEqual(['2021-02-11T10:00:00.000Z', '2021-02-11T10:00:00.000Z']);
  });

  it('takes a dateline from the body when the record has none', () => {
    const [a] = parse('a.json', JSON.stringify({ title: 'T', body: 'MOSCOW (TASS) — The Kremlin said.' })).articles;
    expect(a).toMatchObject({ dateline: 'MOSCOW' });
  });

  it.each([
    [{ body: '   ' }, 'body is empty'],
    [{ body: 'b', url: '/relative/path' }, 'url is not an absolute URL: "/relative/path"'],
    [{ body: 'b', date: 'last Tuesday' }, 'date is not readable: "last Tuesday"'],
    [{ body: 'b', date: true }, 'date must be a date string or epoch number, got a boolean'],
    [{ title: 'only a title' }, 'body is missing (expected one of body, text, content)'],
    [null, 'expected an article object, got null'],
  ])('rejects %j: %s', (record, reason) => {
    expect(parse('a.json', JSON.stringify(record))).toEqual({
      articles: [],
      rejections: [{ recordIndex: 0, code: 'invalid-record', reason }],
    });
  });

  it('skips blank and CRLF-terminated lines in JSONL, numbering lines as in the file', () => {
    const out = parse('a.jsonl', `\r\n${JSON.stringify({ body: 'x' })}\r\n\r\n[1]\r\n`);
    expect(out.articles.map((a) => a.recordIndex)).toEqual([2]);
    expect(out.rejections).toEqual([{ recordIndex: 4, code: 'invalid-record', reason: 'line 4: expected an article object, got an array' }]);
  });

  it('rejects a JSONL file whose lines are all blank after decoding', () => {
    expect(parse('a.jsonl', '\n \n')).toEqual({ articles: [], rejections: [{ recordIndex: null, code: 'empty', reason: 'file holds only whitespace' }] });
  });

  it('rejects a .json file holding JSON Lines as malformed', () => {
    const out = parse('a.json', `${JSON.stringify({ body: 'x' })}\n${JSON.stringify({ body: 'y' })}`);
    expect(out.rejections[0]).toMatchObject({ code: 'malformed-json', recordIndex: null });
    expect(out.rejections[0].reason).toMatch(/line 2, column 1\)$/);
  });
});
