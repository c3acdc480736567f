import { DataSource } from 'typeorm';
import {
  ArticleDetailQueries,
  ArticleSearchQueries,
  EntityQueries,
  ExportQueries,
  LedgerQueries,
  LiveEventQueries,
  aliasKey,
  PipelineQueries,
  QuoteQueries,
  StoryQueries,
} from '@newsflow/persistence';
import { createTestEnv, TestEnv } from '../support/test-env';
import { seedBulk } from './bulk-fixture';

const ARTICLES = 20_000;
const BIG_TABLES = ['articles', 'mentions', 'quotes', 'file_ledger', 'article_stages', 'entity_aliases', 'entity_articles'];

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

let env: TestEnv;
let name42: string;

beforeAll(async () => {
  env = await createTestEnv();
  await seedBulk(env.db, ARTICLES);
  [{ canonical: name42 }] = await env.db.query(`SELECT canonical FROM entities WHERE id = 42`);
}, 180_000);

afterAll(async () => {
  await env?.cleanup();
});

/** Runs repository code against a recorder, then EXPLAINs every statement it issued with the same parameters. */
async function plansOf(run: (db: DataSource) => Promise<unknown>): Promise<Array<{ sql: string; params: unknown[]; plan: PlanNode }>> {
  const issued: Array<{ sql: string; params: unknown[] }> = [];
  const recorder = {
    query: (sql: string, params: unknown[] = []) => {
      issued.push({ sql, params });
      return env.db.query(sql, params);
    },
  } as unknown as DataSource;
  await run(recorder);
  const plans = [];
  for (const { sql, params } of issued) {
    const [row] = await env.db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    plans.push({ sql, params, plan: row['QUERY PLAN'][0].Plan as PlanNode });
  }
  return plans;
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

function describePlans(plans: Array<{ plan: PlanNode }>) {
  const all = plans.flatMap((p) => nodes(p.plan));
  return {
    seqScans: all.filter((n) => n['Node Type'] === 'Seq Scan' && BIG_TABLES.includes(n['Relation Name'] ?? '')).map((n) => n['Relation Name']),
    indexes: new Set(all.map((n) => n['Index Name']).filter(Boolean)),
  };
}

// An article by id: through its primary key or articles_id_dates (the same key with the dates included).
const ARTICLE_BY_ID = /^articles_(pkey|id_dates)$/;

/** Reads the first page of an export and lets the rest go. */
async function firstPage(pages: AsyncGenerator<unknown[]>): Promise<void> {
  await pages.next();
  await pages.return(undefined);
}

const search = (q: Record<string, unknown>) => (db: DataSource) => new ArticleSearchQueries(db).search({ limit: 20, ...q });

describe(`query plans with ${ARTICLES} articles`, () => {
  it.each([
    ['GET /articles (newest first)', search({}), ['articles_date']],
    ['GET /articles?q=zeppelin', search({ q: 'zeppelin' }), ['articles_search']],
    ['GET /articles?q=zeppelin&sort=date', search({ q: 'zeppelin', sort: 'date' }), ['articles_search']],
    ['GET /articles?source=', search({ source: 'Outlet 7' }), ['articles_source_date']],
    ['GET /articles?state=duplicate', search({ state: 'duplicate' }), ['articles_state_date']],
    ['GET /articles?entity=', (db: DataSource) => search({ entity: name42 })(db), ['mentions_entity']],
    ['GET /articles?speaker=', (db: DataSource) => search({ speaker: name42 })(db), [/^quotes_speaker/]],
    ['GET /articles?from=&to=', search({ from: '2024-01-05', to: '2024-01-06' }), ['articles_date']],
    ['GET /articles/:id', (db: DataSource) => new ArticleDetailQueries(db).detail('d41d8cd98f00b204e9800998ecf8427e'.replace(/./g, '0')), [ARTICLE_BY_ID]],
    ['GET /quotes?speaker=', (db: DataSource) => new QuoteQueries(db).search({ speaker: name42, limit: 20 }), [/^quotes_speaker/]],
    ['GET /quotes?speaker=&group=true', (db: DataSource) => new QuoteQueries(db).searchGrouped({ speaker: name42.split(' ')[1], limit: 20 }), [/^quotes_speaker_(recent|groups)$/]],
    ['GET /speakers/:id/quotes', (db: DataSource) => new QuoteQueries(db).bySpeaker('42', { limit: 20 }), ['quotes_speaker_groups', 'quotes_group_first']],
    ['GET /quotes?group=true', (db: DataSource) => new QuoteQueries(db).searchGrouped({ limit: 20 }), ['quotes_pkey', 'quotes_group_first']],
    ['GET /quotes?q=', (db: DataSource) => new QuoteQueries(db).search({ q: 'reform', limit: 20 }), []],
    ['GET /entities?q=', (db: DataSource) => new EntityQueries(db).list({ q: name42.split(' ')[1].slice(0, 5), limit: 20 }), [/^entity_aliases/]],
    ['GET /entities (ranked by mentions)', (db: DataSource) => new EntityQueries(db).list({ limit: 20 }), ['entities_by_mentions']],
    ['GET /entities/:id', (db: DataSource) => new EntityQueries(db).detail('42', {}), ['entity_articles_newest', 'entity_articles_article', 'articles_id_dates']],
    ['GET /files?state=rejected', (db: DataSource) => new LedgerQueries(db).list({ state: 'rejected', limit: 20 }), [/^file_ledger_(state|rejections)$/]],
    ['GET /files?path=', (db: DataSource) => new LedgerQueries(db).list({ path: 'bulk-4242.', limit: 20 }), ['file_ledger_path_trgm']],
    ['GET /stories', (db: DataSource) => new StoryQueries(db).list({ limit: 20 }), []],
    ['GET /quotes (article date order, with its count)', (db: DataSource) => new QuoteQueries(db).search({ limit: 20 }), ['quotes_date']],
    ['GET /quotes?q=&sort=date', (db: DataSource) => new QuoteQueries(db).search({ q: 'reform', sort: 'date', limit: 20 }), ['quotes_date']],
    ['GET /quotes?kind=indirect', (db: DataSource) => new QuoteQueries(db).search({ kind: ['indirect'], limit: 20 }), ['quotes_kind_date']],
    ['GET /quotes?source=', (db: DataSource) => new QuoteQueries(db).search({ source: 'Outlet 7', limit: 20 }), ['quotes_source_date']],
    ['GET /quotes?about=', (db: DataSource) => new QuoteQueries(db).search({ about: name42, limit: 20 }), ['mentions_entity', /^entity_aliases/]],
    ['GET /quotes?about=&group=true', (db: DataSource) => new QuoteQueries(db).searchGrouped({ about: '42', limit: 20 }), ['mentions_entity']],
    ['GET /entities?q= (misspelt)', (db: DataSource) => new EntityQueries(db).list({ q: `${name42.split(' ')[1].slice(0, -1)}x`, limit: 20 }), ['entity_aliases_key_trgm']],
    ['GET /articles?entity= (misspelt)', (db: DataSource) => search({ entity: `${name42.slice(0, -1)}x` })(db), ['mentions_entity', 'entity_aliases_key_trgm']],
    ['GET /files (with its count)', (db: DataSource) => new LedgerQueries(db).list({ limit: 20 }), ['file_ledger_pkey']],
    ['GET /export/articles?source= (one page)', (db: DataSource) => firstPage(new ExportQueries(db).articles({ source: 'Outlet 7' })), ['articles_source_date']],
    ['GET /export/quotes?speaker= (one page)', (db: DataSource) => firstPage(new ExportQueries(db).quotes({ speaker: name42 })), [/^quotes_speaker/]],
    ['GET /pipeline/status (database part)', (db: DataSource) => Promise.all([new PipelineQueries(db).stageActivity(['dedupe', 'entities', 'quotes']), new PipelineQueries(db).recentRejections()]), ['article_stages_recent', 'article_stages_failed', 'file_ledger_rejections']],
  ] as Array<[string, (db: DataSource) => Promise<unknown>, Array<string | RegExp>]>)('%s uses indexes, no sequential scan of a large table', async (_route, run, expected) => {
    const plans = await plansOf(run);
    const { seqScans, indexes } = describePlans(plans);
    expect(seqScans).toEqual([]);
    for (const index of expected) expect([...indexes].some((i) => (typeof index === 'string' ? i === index : index.test(i!)))).toBe(true);
  });

  it('the live feed and the webhooks load completed articles and match every kind of watch by index', async () => {
    await env.db.query(`INSERT INTO watches (name, speaker_given, speaker_key, entity_given, entity_id, q, webhook)
      VALUES ('by name', $1, $2, NULL, NULL, NULL, 'http://127.0.0.1:9/'), ('by id', NULL, NULL, '42', 42, 'reform', NULL)`, [name42, aliasKey(name42)]);
    const ids = (await env.db.query(`SELECT id FROM articles ORDER BY id LIMIT 64`)).map((r: { id: string }) => r.id);
    for (const scope of ['everything', 'webhook-matches'] as const) {
      const plans = await plansOf((db) => new LiveEventQueries(db).load(ids, scope));
      expect(plans).toHaveLength(2);
      const { seqScans, indexes } = describePlans(plans);
      expect(seqScans).toEqual([]);
      expect([...indexes].some((i) => ARTICLE_BY_ID.test(i!))).toBe(true);
      expect([...indexes]).toEqual(expect.arrayContaining(['quotes_unique', 'mentions_unique']));
    }
    await env.db.query(`DELETE FROM watches`);
  });

  it('prepared statements keep using indexes when PostgreSQL switches them to a generic plan', async () => {
    const [{ id }] = await env.db.query(`SELECT id FROM articles ORDER BY id LIMIT 1`);
    const plans = await plansOf(async (db) => {
      await new ArticleDetailQueries(db).detail(id);
      await new EntityQueries(db).detail('42', { from: '2024-01-05' });
      await new EntityQueries(db).find('42');
      await new QuoteQueries(db).bySpeaker('42', { limit: 20 });
    });
    expect(plans).toHaveLength(4); // one statement per route
    const runner = env.db.createQueryRunner();
    try {
      await runner.query(`SET plan_cache_mode = force_generic_plan`);
      for (const [i, { sql, params }] of plans.entries()) {
        await runner.query(`PREPARE generic_${i} AS ${sql}`);
        const literals = params.map((v) => `'${String(v).replace(/'/g, "''")}'`).join(', ');
        const [row] = await runner.query(`EXPLAIN (FORMAT JSON) EXECUTE generic_${i}(${literals})`);
        expect(describePlans([{ plan: row['QUERY PLAN'][0].Plan as PlanNode }]).seqScans).toEqual([]);
      }
    } finally {
      await runner.release();
    }
  });

  it('a detail of an existing article reads every part by index', async () => {
    const [{ id }] = await env.db.query(`SELECT id FROM articles ORDER BY id LIMIT 1`);
    const plans = await plansOf((db) => new ArticleDetailQueries(db).detail(id));
    const { seqScans, indexes } = describePlans(plans);
    expect(seqScans).toEqual([]);
    expect([...indexes].some((i) => ARTICLE_BY_ID.test(i!))).toBe(true);
    for (const index of ['mentions_unique', 'quotes_unique', 'article_stages_pkey']) expect([...indexes]).toContain(index);
    expect([...indexes].some((i) => /^file_ledger_/.test(i!))).toBe(true);
  });
  it('a relevance search counts its window in the same read: full at 1,000 (capped), exact below it', async () => {
    const page = (q: Record<string, unknown>) => new ArticleSearchQueries(env.db).search({ limit: 5, ...q });
    // "budget" is in every bulk article, "zeppelin" in every 500th
    expect(await page({ q: 'budget' })).toMatchObject({ total: 1000, totalCapped: true });
    const rare = await page({ q: 'zeppelin' });
    expect(rare).toMatchObject({ total: ARTICLES / 500, totalCapped: false });
    expect(rare.items).toHaveLength(5);
    expect(await page({ q: 'budget', sort: 'date' })).toMatchObject({ total: 10_000, totalCapped: true });
  });
});
