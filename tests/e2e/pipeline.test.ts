import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseBody } from '@newsflow/nlp';
import { AppName, AppProcess, startApps } from '../support/app-process';
import { generateArticle } from '../support/article-generator';
import { TestEnv, createTestEnv, waitFor } from '../support/test-env';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const SEED_FILES = readdirSync(SEEDS).sort();
const ALL_APPS: AppName[] = ['dedupe', 'entities', 'quotes', 'query', 'watcher'];

describe('newsflow end to end: built apps as separate processes on real NATS and PostgreSQL', () => {
  let t: TestEnv;
  let apps: AppProcess[];
  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(`http://127.0.0.1:${t.env.QUERY_PORT}${path}`);
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const app = (name: AppName) => apps.find((a) => a.name === name)!;

  beforeAll(async () => {
    t = await createTestEnv();
    mkdirSync(t.inbox, { recursive: true });
    apps = await startApps(ALL_APPS, t.env);
  });

  afterAll(async () => {
    await Promise.all((apps ?? []).map((a) => a.stop()));
    await t?.cleanup();
  });

  it('ingests the seeds, an exact copy and a typographic variant, and answers through the query API', async () => {
    type Page = { items: Array<{ id: string; path: string; state: string; duplicateOf: string | null }> };
    for (const f of SEED_FILES) copyFileSync(join(SEEDS, f), join(t.inbox, f));
    // The copies come once the seeds are stored: two files with the same content dropped together are
    // handled in parallel, and either may become the original (the other is then its duplicate).
    await waitFor('the 5 seeds to complete', async () => {
      const page = await api<Page>('/articles?limit=50');
      return page.items.filter((a) => a.state === 'completed').length === SEED_FILES.length ? true : null;
    }, 60_000, 300);
    copyFileSync(join(SEEDS, SEED_FILES[0]), join(t.inbox, 'copy of first seed.txt'));
    const variant = readFileSync(join(SEEDS, SEED_FILES[1]), 'utf8').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    writeFileSync(join(t.inbox, 'variant.txt'), variant);

    const articles = await waitFor('5 completed articles and 1 duplicate', async () => {
      const page = await api<Page>('/articles?limit=50');
      const completed = page.items.filter((a) => a.state === 'completed');
      const duplicates = page.items.filter((a) => a.state === 'duplicate');
      return completed.length === 5 && duplicates.length === 1 ? page.items : null;
    }, 60_000, 300);
    expect(articles).toHaveLength(6);
    const duplicate = articles.find((a) => a.state === 'duplicate')!;
    expect(duplicate.path).toBe('variant.txt');
    expect(duplicate.duplicateOf).toBe(articles.find((a) => a.path === SEED_FILES[1])!.id);

    type Files = { items: Array<{ path: string; state: string; reason: string | null; duplicateOfPath: string | null }> };
    // The watcher writes ledger entries in batches: the copy's entry may come after the variant is stored.
    const files = await waitFor('7 ledger entries', async () => {
      const items = (await api<Files>('/files?limit=50')).items;
      return items.length >= 7 ? items : null;
    }, 30_000, 200);
    expect(files).toHaveLength(7);
    const copy = files.find((f) => f.path === 'copy of first seed.txt')!;
    expect(copy).toMatchObject({ state: 'duplicate-file', duplicateOfPath: SEED_FILES[0] });
    expect(files.filter((f) => f.state === 'published').map((f) => f.path).sort()).toEqual([...SEED_FILES, 'variant.txt'].sort());

    type Quotes = { items: Array<{ speakerCanonical: string | null; speakerText: string | null }> };
    const quotes = (await api<Quotes>('/quotes?speaker=Lukashenko&limit=100')).items;
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(`${q.speakerCanonical} ${q.speakerText}`).toMatch(/Lukashenk[oa]|he|president/i);

    const detail = await api<{ entities: unknown[]; quotes: unknown[]; stages: Array<{ stage: string; status: string }> }>(`/articles/${articles.find((a) => a.path === SEED_FILES[0])!.id}`);
    expect(detail.entities.length).toBeGreaterThan(0);
    expect(detail.stages.map((s) => `${s.stage}:${s.status}`).sort()).toEqual(['dedupe:done', 'entities:done', 'quotes:done']);
  });

  it('stores for each seed exactly the entities and quotes that the extraction CLI prints for its file', async () => {
    for (const f of SEED_FILES) if (!existsSync(join(t.inbox, f))) copyFileSync(join(SEEDS, f), join(t.inbox, f));
    const ids = await waitFor('the seeds to complete', async () => {
      const rows: Array<{ id: string; path: string }> = await t.db.query(`SELECT id, path FROM articles WHERE path = ANY($1) AND state = 'completed'`, [SEED_FILES]);
      return rows.length === SEED_FILES.length ? new Map(rows.map((r) => [r.path, r.id])) : null;
    }, 60_000, 300);
    const cli = execFileSync(process.execPath, [join(__dirname, '..', '..', 'dist', 'scripts', 'extract.js'), ...SEED_FILES.map((f) => join(SEEDS, f))], { encoding: 'utf8' });
    const printed = cli.trim().split('\n').map((line) => JSON.parse(line));
    expect(printed).toHaveLength(SEED_FILES.length);
    for (const [i, file] of SEED_FILES.entries()) {
      const id = ids.get(file)!;
      const mentions = await t.db.query(
        `SELECT text, type, start_offset AS start, end_offset AS "end", canonical FROM mentions WHERE article_id = $1 ORDER BY start_offset, end_offset`,
        [id],
      );
      const quotes: Array<Record<string, unknown>> = await t.db.query(
        `SELECT text, start_offset AS start, end_offset AS "end", kind, speaker_text, speaker_start, speaker_end, speaker_canonical, cue_text, cue_start, cue_end
         FROM quotes WHERE article_id = $1 ORDER BY ordinal`,
        [id],
      );
      const stored = quotes.map((q) => ({
        text: q.text,
        start: q.start,
        end: q.end,
        kind: q.kind,
        speaker: q.speaker_text === null ? null : { text: q.speaker_text, start: q.speaker_start, end: q.speaker_end },
        speakerCanonical: q.speaker_canonical,
        cue: q.cue_text === null ? null : { text: q.cue_text, start: q.cue_start, end: q.cue_end },
      }));
      expect({ file, entities: mentions, quotes: stored }).toEqual({ file, entities: printed[i].entities, quotes: printed[i].quotes });
      expect(stored.length).toBeGreaterThan(0);
    }
  });

  it('completes 200 articles exactly once although the entities app is killed with -9 mid-flight', async () => {
    const generated = Array.from({ length: 200 }, (_, i) => generateArticle(i, 7));
    for (const g of generated) writeFileSync(join(t.inbox, g.fileName), g.text);

    await waitFor('some generated articles to reach the entities stage', async () => {
      const rows = await t.db.query(`SELECT count(*)::int AS n FROM article_stages WHERE stage = 'entities' AND article_id IN (SELECT id FROM articles WHERE path LIKE 'gen-%')`);
      return rows[0].n >= 20;
    }, 60_000, 50);
    app('entities').kill9();
    const restarted = await new AppProcess('entities', t.env).start();
    apps = apps.map((a) => (a.name === 'entities' ? restarted : a));

    await waitFor('all 200 generated articles to complete', async () => {
      const rows = await t.db.query(`SELECT count(*)::int AS n FROM articles WHERE path LIKE 'gen-%' AND state = 'completed'`);
      return rows[0].n === 200;
    }, 120_000, 500);

    const stored: Array<{ path: string; text: string; boilerplate: Array<{ start: number; end: number }>; mentions: number; quotes: number }> = await t.db.query(
      `SELECT a.path, a.text, a.boilerplate,
         (SELECT count(*)::int FROM mentions m WHERE m.article_id = a.id) AS mentions,
         (SELECT count(*)::int FROM quotes q WHERE q.article_id = a.id) AS quotes
       FROM articles a WHERE a.path LIKE 'gen-%'`,
    );
    expect(stored).toHaveLength(200);
    for (const row of stored) {
      const expected = analyseBody(row.text, row.boilerplate);
      expect({ path: row.path, mentions: row.mentions, quotes: row.quotes }).toEqual({
        path: row.path,
        mentions: expected.entities.length,
        quotes: expected.quotes.length,
      });
    }
    const ledger = await t.db.query(`SELECT state, count(*)::int AS n FROM file_ledger WHERE path LIKE 'gen-%' GROUP BY state`);
    expect(ledger).toEqual([{ state: 'published', n: 200 }]);
    const dead = await t.db.query(`SELECT count(*)::int AS n FROM article_stages WHERE status = 'failed'`);
    expect(dead[0].n).toBe(0);
  });
});
