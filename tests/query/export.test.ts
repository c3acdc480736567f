import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { articleExportRowSchema, problemSchema, quoteExportRowSchema } from '@newsflow/contracts';
import { ExportQueries } from '@newsflow/persistence';
import { exportBody } from '../../apps/query/src/http/export-stream';
import { createTestEnv, TestEnv } from '../support/test-env';
import { startQueryApp } from './query-app';

/** GET /export/articles and /export/quotes against the real PostgreSQL: every row, CSV and JSON Lines, the list filters. */
const ARTICLES = 130;
const QUOTES_PER_ARTICLE = 2;
const TRICKY = ['He said, "we will not", then left', 'two\nlines, and a\r\nCRLF', '=HYPERLINK("http://evil")', '+1 555 0100', '-rate cut', '@admin', '“Curly” and ‘single’'];

let env: TestEnv;
let app: INestApplication;
let base: string;

beforeAll(async () => {
  env = await createTestEnv();
  // Articles 1..130, one a minute from 2024-02-01; odd ones from "Wire, Inc." (a comma in the outlet), the rest from AP.
  await env.db.query(
    `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, title, text, body, source, published_at, body_hash, state, dropped_at)
     SELECT md5('a' || i), md5('f' || i) || md5('g' || i), 0, '/inbox/e-' || i || '.txt', 'txt', 'utf-8',
            ($2::text[])[1 + i % cardinality($2::text[])] || ' #' || i, 'Body ' || i, 'Body ' || i || E'\nsecond line',
            CASE WHEN i % 2 = 1 THEN 'Wire, Inc.' ELSE 'AP' END, timestamptz '2024-02-01' + (i || ' minutes')::interval,
            md5('b' || i) || md5('c' || i), 'completed', now()
     FROM generate_series(1, $1) i`,
    [ARTICLES, TRICKY],
  );
  await env.db.query(
    `INSERT INTO quotes (article_id, ordinal, text, start_offset, end_offset, kind, speaker_text, speaker_canonical, cue_text, group_key)
     SELECT md5('a' || i), k, ($2::text[])[1 + (i + k) % cardinality($2::text[])] || ' (' || i || '/' || k || ')', 0, 4,
            (ARRAY['direct', 'partial', 'indirect'])[1 + (i + k) % 3], 'she', 'Kaja Kallas', 'said', 'g' || i || '-' || k
     FROM generate_series(1, $1) i, generate_series(0, $3 - 1) k`,
    [ARTICLES, TRICKY, QUOTES_PER_ARTICLE],
  );
  ({ app, baseUrl: base } = await startQueryApp(env.config));
});

afterAll(async () => {
  await app?.close();
  await env?.cleanup();
});

/** An RFC 4180 reader (quoted fields, doubled quotes, CRLF records), independent of the code under test. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') cells.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') cells.push(cell), records.push(cells), (cells = []), (cell = ''), i++;
    else cell += ch;
  }
  expect(cell).toBe('');
  return records;
}

async function download(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), text: await res.text() };
}

const jsonl = (text: string) => text.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);

describe('GET /export/quotes', () => {
  it('streams every quote as CSV: a header row, RFC 4180 quoting, formulas defused, newest article first', async () => {
    const res = await download('/export/quotes?format=csv');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/csv/);
    expect(res.disposition).toMatch(/^attachment; filename="newsflow-quotes-[0-9T-]+Z\.csv"$/);
    const [header, ...rows] = parseCsv(res.text);
    expect(header).toEqual(Object.keys(quoteExportRowSchema.shape));
    expect(rows).toHaveLength(ARTICLES * QUOTES_PER_ARTICLE);
    const text = header.indexOf('text');
    const articleDate = header.indexOf('articleDate');
    // Every tricky text comes back whole, a formula with its apostrophe.
    for (const tricky of TRICKY) {
      const shown = /^[=+\-@]/.test(tricky) ? `'${tricky}` : tricky;
      expect(rows.some((r) => r[text].startsWith(`${shown} (`))).toBe(true);
    }
    expect(rows.every((r) => !/^[=+\-@]/.test(r[text]))).toBe(true);
    const dates = rows.map((r) => r[articleDate]);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('serves JSON Lines for format=jsonl or an Accept header, each line a row of the contract', async () => {
    const byParam = await download('/export/quotes?format=jsonl');
    expect(byParam.type).toMatch(/^application\/x-ndjson/);
    expect(byParam.disposition).toMatch(/\.jsonl"$/);
    const rows = jsonl(byParam.text).map((r) => quoteExportRowSchema.parse(r));
    expect(rows).toHaveLength(ARTICLES * QUOTES_PER_ARTICLE);
    expect(rows.find((r) => r.text.startsWith('two\nlines'))?.text).toMatch(/^two\nlines, and a\r\nCRLF \(/);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const accept of ['application/x-ndjson', 'application/jsonl', 'application/jsonl, text/csv;q=0.5']) {
      const byAccept = await download('/export/quotes?kind=direct', { Accept: accept });
      expect(byAccept.type).toMatch(/^application\/x-ndjson/);
    }
    expect((await download('/export/quotes?kind=direct', { Accept: 'text/csv' })).type).toMatch(/^text\/csv/);
    expect((await download('/export/quotes?kind=direct', { Accept: '*/*' })).type).toMatch(/^text\/csv/);
  });

  it('applies the filters of GET /quotes', async () => {
    const direct = jsonl((await download('/export/quotes?format=jsonl&kind=direct')).text).map((r) => quoteExportRowSchema.parse(r));
    expect(direct.length).toBeGreaterThan(50);
    expect(direct.every((r) => r.kind === 'direct')).toBe(true);
    const wire = jsonl((await download('/export/quotes?format=jsonl&source=wire,%20inc.&kind=partial,indirect')).text).map((r) => quoteExportRowSchema.parse(r));
    expect(wire.length).toBeGreaterThan(0);
    expect(wire.every((r) => r.articleSource === 'Wire, Inc.' && r.kind !== 'direct')).toBe(true);
    const day = jsonl((await download('/export/quotes?format=jsonl&from=2024-02-01T01:00:00Z&to=2024-02-01T01:09:59Z')).text).map((r) => quoteExportRowSchema.parse(r));
    expect(day).toHaveLength(10 * QUOTES_PER_ARTICLE);
    const none = await download('/export/quotes?format=csv&q=zeppelin');
    expect(parseCsv(none.text)).toEqual([Object.keys(quoteExportRowSchema.shape)]);
  });

  it('rejects bad filters before it starts, as a problem', async () => {
    const res = await fetch(`${base}/export/quotes?format=xlsx&limit=5`);
    expect(res.status).toBe(400);
    const body = problemSchema.parse(await res.json());
    expect(body.errors?.map((e) => e.location).sort()).toEqual(['query.format', 'query.limit']);
  });
});

describe('OpenAPI', () => {
  it('documents the exports as CSV and JSON Lines with their columns', async () => {
    const doc = (await (await fetch(`${base}/docs-json`)).json()) as { paths: Record<string, { get: { responses: { 200: { content: Record<string, { schema: { description?: string; properties?: object } }> } } } }> };
    for (const [path, row] of [['/export/quotes', quoteExportRowSchema], ['/export/articles', articleExportRowSchema]] as const) {
      const content = doc.paths[path].get.responses[200].content;
      expect(Object.keys(content).sort()).toEqual(['application/x-ndjson', 'text/csv']);
      expect(Object.keys(content['application/x-ndjson'].schema.properties ?? {})).toEqual(Object.keys(row.shape));
      expect(content['text/csv'].schema.description).toContain(Object.keys(row.shape).join(', '));
    }
  });
});

describe('GET /export/articles', () => {
  it('streams every article with its body, as CSV and as JSON Lines, filtered like GET /articles', async () => {
    const csv = parseCsv((await download('/export/articles')).text);
    expect(csv[0]).toEqual(Object.keys(articleExportRowSchema.shape));
    expect(csv).toHaveLength(ARTICLES + 1);
    const body = csv[0].indexOf('body');
    expect(csv.slice(1).every((r) => /^Body \d+\nsecond line$/.test(r[body]))).toBe(true);
    const rows = jsonl((await download('/export/articles?format=jsonl&source=AP')).text).map((r) => articleExportRowSchema.parse(r));
    expect(rows).toHaveLength(ARTICLES / 2);
    expect(rows.every((r) => r.source === 'AP' && r.dateKind === 'published')).toBe(true);
    expect(rows[0].date > rows[rows.length - 1].date).toBe(true);
  });
});

describe('export streams', () => {
  /** A DataSource that counts the statements it runs. */
  function counting(db: DataSource): { db: DataSource; statements: () => number } {
    let n = 0;
    const recorder = { query: (sql: string, params: unknown[]) => (n++, db.query(sql, params)) } as unknown as DataSource;
    return { db: recorder, statements: () => n };
  }

  it('reads a page only when the consumer wants more, and stops reading when it is destroyed', async () => {
    const { db, statements } = counting(env.db);
    const body = exportBody(new ExportQueries(db, { quotesPerPage: 10 }).quotes({}), 'jsonl', Object.keys(quoteExportRowSchema.shape) as never);
    const first: string = await new Promise((resolve) => body.once('data', resolve));
    expect(first.split('\n').filter(Boolean)).toHaveLength(10);
    body.pause();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The page shown and at most one read ahead: not the 26 pages of the whole export.
    expect(statements()).toBeLessThanOrEqual(3);
    body.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = statements();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(statements()).toBe(after);
    expect(after).toBeLessThanOrEqual(3);
  });

  it('pages through every row with a page size that does not divide them', async () => {
    const body = exportBody(new ExportQueries(env.db, { quotesPerPage: 7 }).quotes({}), 'jsonl', Object.keys(quoteExportRowSchema.shape) as never);
    let text = '';
    for await (const chunk of body) text += chunk;
    const ids = jsonl(text).map((r) => quoteExportRowSchema.parse(r).id);
    expect(ids).toHaveLength(ARTICLES * QUOTES_PER_ARTICLE);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stops reading when the HTTP client goes away', async () => {
    // More than socket buffers hold: 1,000 articles of 30 KB, 5 pages of the app's 200 articles.
    await env.db.query(
      `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, title, text, body, source, published_at, body_hash, state, dropped_at)
       SELECT md5('big' || i), md5('bf' || i) || md5('bg' || i), 0, '/inbox/big-' || i || '.txt', 'txt', 'utf-8', 'Big ' || i, 'x', repeat(md5(i::text), 950),
              'Big Wire', timestamptz '2023-01-01' + (i || ' minutes')::interval, md5('bb' || i) || md5('bc' || i), 'completed', now()
       FROM generate_series(1, 1000) i`,
    );
    // Watches the app's own statements (it still runs them): how many export pages it read.
    const appDb = app.get(DataSource);
    const query = jest.spyOn(appDb, 'query');
    const pagesRead = () => query.mock.calls.filter(([sql]) => String(sql).includes('a.body, ')).length;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 500));
    try {
      const controller = new AbortController();
      const res = await fetch(`${base}/export/articles?source=Big%20Wire&format=jsonl`, { signal: controller.signal });
      const reader = res.body!.getReader();
      expect((await reader.read()).done).toBe(false);
      await pause();
      const beforeAbort = pagesRead();
      controller.abort();
      await pause();
      const settled = pagesRead();
      await pause();
      expect(pagesRead()).toBe(settled);
      expect(beforeAbort).toBeGreaterThanOrEqual(1);
      expect(settled).toBeLessThan(5);
    } finally {
      query.mockRestore();
      await env.db.query(`DELETE FROM articles WHERE source = 'Big Wire'`);
    }
  });
});
