import { appendFileSync, mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppProcess } from '../support/app-process';
import { TestEnv, createTestEnv, waitFor } from '../support/test-env';

interface LedgerRow {
  path: string;
  state: string;
  reason: string | null;
  articles: number;
  rejections: Array<{ recordIndex: number | null; code: string; reason: string }>;
  duplicate_of_path: string | null;
}

const GOOD = 'A good headline\n\nThe council approved the harbour budget on Monday, officials said.\n';
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};
const nested = (depth: number): unknown => (depth === 0 ? { title: 't', body: 'deep' } : { inner: nested(depth - 1) });

/** Each kind of odd file, what lands in the ledger for it, and (for rejections) the reason code. */
const CASES: Array<{ kind: string; path: string; content: Buffer | string; state: string; code?: string; reason?: RegExp; articles?: number }> = [
  { kind: 'empty file', path: 'empty.txt', content: '', state: 'rejected', code: 'empty', reason: /empty/ },
  { kind: 'whitespace only', path: 'blank.txt', content: ' \n\t\n  ', state: 'rejected', code: 'empty', reason: /whitespace/ },
  { kind: 'PNG under .txt', path: 'picture.txt', content: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), state: 'rejected', code: 'binary', reason: /PNG/i },
  { kind: 'NUL bytes', path: 'nul.txt', content: Buffer.from([0x41, 0x00, 0x42, 0x00, 0x00, 0x01, 0x02]), state: 'rejected', code: 'binary' },
  { kind: 'PDF named .html', path: 'report.html', content: '%PDF-1.7\n%\xe2\xe3\n1 0 obj\n', state: 'rejected', code: 'binary', reason: /PDF/i },
  { kind: 'ZIP named .json', path: 'archive.json', content: Buffer.from('504b0304140000000800', 'hex'), state: 'rejected', code: 'binary' },
  { kind: 'over the size limit', path: 'huge.txt', content: 'word '.repeat(60_000), state: 'rejected', code: 'too-large', reason: /MAX_FILE_BYTES|limit/ },
  { kind: 'UTF-16 LE with BOM', path: 'utf16le.txt', content: utf16le(GOOD.replace('good', 'little-endian')), state: 'published', articles: 1 },
  { kind: 'UTF-16 BE with BOM', path: 'utf16be.txt', content: utf16be(GOOD.replace('good', 'big-endian')), state: 'published', articles: 1 },
  { kind: 'UTF-8 with BOM', path: 'bom.txt', content: `\ufeff${GOOD.replace('good', 'BOM')}`, state: 'published', articles: 1 },
  { kind: 'Windows-1252 smart quotes', path: 'cp1252.txt', content: Buffer.from([...Buffer.from('Title\n\n'), 0x93, ...Buffer.from('Hello'), 0x94, ...Buffer.from(' he said in Z'), 0xfc, ...Buffer.from('rich.\n')]), state: 'published', articles: 1 },
  { kind: 'malformed JSON', path: 'broken.json', content: '{"title": "x", "body": ', state: 'rejected', code: 'malformed-json' },
  { kind: 'JSON without a body', path: 'nobody.json', content: JSON.stringify({ title: 'Only a title' }), state: 'rejected', code: 'invalid-record' },
  { kind: 'JSON with wrong types', path: 'types.json', content: JSON.stringify({ title: 5, body: ['x'] }), state: 'rejected', code: 'invalid-record' },
  { kind: 'deeply nested JSON', path: 'nested.json', content: JSON.stringify(nested(2000)), state: 'rejected' },
  { kind: 'JSON array of two articles', path: 'two.json', content: JSON.stringify([{ title: 'One', body: 'First body text here.' }, { title: 'Two', body: 'Second body text here.' }]), state: 'published', articles: 2 },
  { kind: 'JSONL with one broken line', path: 'feed.jsonl', content: ['{"title":"A","body":"Alpha body."}', '{"title":"B", oops', '{"title":"C","text":"Gamma body."}'].join('\n'), state: 'published', articles: 2 },
  { kind: 'HTML that is only a script', path: 'script.html', content: '<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>', state: 'rejected', code: 'no-article-text' },
  { kind: 'HTML article with navigation', path: 'page.htm', content: `<html><head><title>Harbour budget</title><meta property="og:site_name" content="Port Times"></head><body><nav><a href="/">Home</a></nav><article><h1>Harbour budget</h1><p>${'The council approved the harbour budget on Monday after a long debate. '.repeat(8)}</p></article><footer>© Port Times</footer></body></html>`, state: 'published', articles: 1 },
  { kind: 'Markdown with front matter', path: 'note.md', content: '---\ntitle: Front matter title\nsource: Wire\n---\n\n# Heading\n\nThe body of a markdown article.\n', state: 'published', articles: 1 },
  { kind: 'unknown extension', path: 'letter.docx', content: 'PK not really', state: 'ignored', reason: /unsupported file type/ },
  { kind: 'no extension', path: 'README', content: 'hello', state: 'ignored', reason: /no extension/ },
  { kind: 'nested folders', path: 'a/b/c/d/deep.txt', content: GOOD.replace('good', 'deep'), state: 'published', articles: 1 },
  { kind: 'spaces and non-Latin name', path: 'Минск новости 2021.txt', content: GOOD.replace('good', 'Cyrillic-named'), state: 'published', articles: 1 },
  { kind: 'newline in the file name', path: 'line\nbreak.txt', content: GOOD.replace('good', 'newline-named'), state: 'published', articles: 1 },
  { kind: 'a 1 MB single line', path: 'oneline.txt', content: 'word '.repeat(40_000), state: 'published', articles: 1 },
  { kind: 'CRLF line endings', path: 'crlf.txt', content: 'Windows title\r\n\r\nBody written on Windows, with CRLF.\r\n', state: 'published', articles: 1 },
];

describe('the watcher on hostile and odd input (real NATS and PostgreSQL)', () => {
  let t: TestEnv;
  let watcher: AppProcess;
  const ledger = async (): Promise<LedgerRow[]> => t.db.query(`SELECT path, state, reason, articles, rejections, duplicate_of_path FROM file_ledger ORDER BY id`);
  const write = (path: string, content: Buffer | string) => {
    mkdirSync(dirname(join(t.inbox, path)), { recursive: true });
    writeFileSync(join(t.inbox, path), content);
  };

  beforeAll(async () => {
    t = await createTestEnv({ MAX_FILE_BYTES: String(250_000), STABILITY_WINDOW_MS: '300' });
    mkdirSync(t.inbox, { recursive: true });
    watcher = await new AppProcess('watcher', t.env).start();
  });
  afterAll(async () => {
    await watcher?.stop();
    await t?.cleanup();
  });

  it(`records each of ${CASES.length} kinds of file with the right state and reason, and keeps going`, async () => {
    for (const c of CASES) write(c.path, c.content);
    const rows = await waitFor('a ledger row for every case', async () => {
      const r = await ledger();
      return r.length >= CASES.length ? r : null;
    }, 60_000);
    for (const c of CASES) {
      const row = rows.find((r) => r.path === c.path);
      expect({ kind: c.kind, state: row?.state }).toEqual({ kind: c.kind, state: c.state });
      if (c.code) expect({ kind: c.kind, code: row!.rejections[0]?.code }).toEqual({ kind: c.kind, code: c.code });
      if (c.reason) expect({ kind: c.kind, reason: row!.reason }).toEqual({ kind: c.kind, reason: expect.stringMatching(c.reason) });
      if (c.state === 'rejected') expect(row!.reason).toBeTruthy();
      if (c.articles !== undefined) expect({ kind: c.kind, articles: row!.articles }).toEqual({ kind: c.kind, articles: c.articles });
    }
    const feed = rows.find((r) => r.path === 'feed.jsonl')!;
    expect(feed.rejections).toEqual([expect.objectContaining({ recordIndex: 2, code: 'malformed-json', reason: expect.stringMatching(/line 2/) })]);

    write('after-the-storm.txt', GOOD.replace('good', 'after'));
    await waitFor('a good file dropped afterwards to be published', async () => (await ledger()).some((r) => r.path === 'after-the-storm.txt' && r.state === 'published'));
  });

  it('ignores dotfiles and temporary names, and honours write-then-rename', async () => {
    write('.hidden.txt', GOOD);
    for (const name of ['download.tmp', 'copy.part', 'page.crdownload', 'draft.txt~', '.swapfile.swp']) write(name, GOOD.replace('good', name));
    write('renamed.tmp', GOOD.replace('good', 'renamed'));
    renameSync(join(t.inbox, 'renamed.tmp'), join(t.inbox, 'renamed.txt'));
    await waitFor('the renamed file', async () => (await ledger()).some((r) => r.path === 'renamed.txt'));
    await new Promise((r) => setTimeout(r, 2500)); // a rescan (RESCAN_INTERVAL_MS=2000) has passed too
    const paths = (await ledger()).map((r) => r.path);
    for (const name of ['.hidden.txt', 'download.tmp', 'copy.part', 'page.crdownload', 'draft.txt~', '.swapfile.swp', 'renamed.tmp']) expect(paths).not.toContain(name);
    expect(paths.filter((p) => p === 'renamed.txt')).toHaveLength(1);
  });

  it('does not read a file while it is still being written', async () => {
    const path = join(t.inbox, 'slow-writer.txt');
    writeFileSync(path, 'Slow writer headline\n\n');
    for (let i = 0; i < 8; i++) {
      await new Promise((r) => setTimeout(r, 120));
      appendFileSync(path, `Paragraph ${i} arrives a little later than the one before it.\n\n`);
    }
    const row = await waitFor('the slow file', async () => (await ledger()).find((r) => r.path === 'slow-writer.txt'));
    expect(row.state).toBe('published');
    const stored = await t.db.query(`SELECT size FROM file_ledger WHERE path = 'slow-writer.txt'`);
    expect(stored).toHaveLength(1);
    expect(Number(stored[0].size)).toBe(Buffer.byteLength(require('node:fs').readFileSync(path)));
  });

  it('treats a copy as a duplicate file, an edit as a new version, and a symlink outside the inbox as ignored', async () => {
    write('original.txt', GOOD.replace('good', 'original'));
    await waitFor('the original', async () => (await ledger()).some((r) => r.path === 'original.txt'));
    write('copy-of-original.txt', GOOD.replace('good', 'original'));
    const outside = join(dirname(t.inbox), 'outside.txt');
    writeFileSync(outside, GOOD.replace('good', 'outside'));
    symlinkSync(outside, join(t.inbox, 'escape.txt'));
    await waitFor('the copy and the symlink', async () => {
      const r = await ledger();
      return r.some((x) => x.path === 'copy-of-original.txt') && r.some((x) => x.path === 'escape.txt');
    });
    write('original.txt', GOOD.replace('good', 'edited original'));
    await waitFor('the edited version', async () => (await ledger()).filter((r) => r.path === 'original.txt').length === 2);

    const rows = await ledger();
    expect(rows.find((r) => r.path === 'copy-of-original.txt')).toMatchObject({ state: 'duplicate-file', duplicate_of_path: 'original.txt' });
    expect(rows.find((r) => r.path === 'escape.txt')).toMatchObject({ state: 'ignored', reason: expect.stringMatching(/symlink pointing outside the inbox/) });
    expect(rows.filter((r) => r.path === 'original.txt').map((r) => r.state)).toEqual(['published', 'published']);
  });
});
