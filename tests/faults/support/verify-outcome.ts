import { DataSource } from 'typeorm';
import { NatsConnection } from 'nats';
import { analyseBody } from '@newsflow/nlp';
import { DeadLetterStore } from '@newsflow/messaging';
import { FaultCorpus } from './fault-corpus';

export interface OutcomeSummary {
  files: number;
  published: number;
  duplicateFiles: number;
  rejected: number;
  ignored: number;
  completed: number;
  duplicates: number;
  mentions: number;
  quotes: number;
  deadLetters: number;
}

interface LedgerRow { path: string; state: string; duplicate_of_path: string | null; n: number }
export interface ArticleRow { id: string; path: string; state: string; duplicate_of: string | null; text: string; boilerplate: Array<{ start: number; end: number }>; cluster_id: string | null; signatures: number; mentions: number; quotes: number; stages: string | null }

/** Every stored article with its story cluster, its stage marks and the rows each stage derived from it. */
export async function storedArticles(db: DataSource): Promise<ArticleRow[]> {
  return db.query(
    `SELECT a.id, a.path, a.state, a.duplicate_of, a.text, a.boilerplate, s.cluster_id,
       (SELECT count(*)::int FROM dedupe_signatures d WHERE d.article_id = a.id) AS signatures,
       (SELECT count(*)::int FROM mentions m WHERE m.article_id = a.id) AS mentions,
       (SELECT count(*)::int FROM quotes q WHERE q.article_id = a.id) AS quotes,
       (SELECT string_agg(st.stage || ':' || st.status, ',' ORDER BY st.stage) FROM article_stages st WHERE st.article_id = a.id) AS stages
     FROM articles a LEFT JOIN dedupe_signatures s ON s.article_id = a.id`,
  );
}

/** What is wrong with an article that should have passed every stage once: its own story, every stage done, each derived row once. */
export function completedArticleProblems(a: ArticleRow): string[] {
  const problems: string[] = [];
  if (a.state !== 'completed') problems.push(`article ${a.state}, expected completed`);
  if (a.signatures !== 1) problems.push(`${a.signatures} dedupe signatures`);
  if (a.duplicate_of !== null || a.cluster_id !== a.id) problems.push(`original in cluster ${a.cluster_id}, duplicate_of ${a.duplicate_of}`);
  if (a.stages !== 'dedupe:done,entities:done,quotes:done') problems.push(`stages ${a.stages}`);
  const expected = analyseBody(a.text, a.boilerplate);
  if (a.mentions !== expected.entities.length) problems.push(`${a.mentions} mentions stored, ${expected.entities.length} extracted`);
  if (a.quotes !== expected.quotes.length) problems.push(`${a.quotes} quotes stored, ${expected.quotes.length} extracted`);
  return problems;
}

/**
 * Rows and counters shared across articles, which a redelivery or two racing replicas could double even
 * when every article's own rows are right: one entity per (type, canonical name), each entity's mention
 * and article counters equal to its mentions, and each entity_articles row equal to its mentions.
 */
export async function sharedRowProblems(db: DataSource): Promise<string[]> {
  const problems: string[] = [];
  const doubledEntities: Array<{ type: string; canonical: string; n: number }> = await db.query(
    `SELECT type, canonical, count(*)::int AS n FROM entities GROUP BY 1, 2 HAVING count(*) > 1`,
  );
  for (const e of doubledEntities) problems.push(`entity ${e.type} ${e.canonical} stored ${e.n} times`);
  const counters: Array<{ type: string; canonical: string; mention_count: number; article_count: number; mentions: number; articles: number }> = await db.query(
    `SELECT e.type, e.canonical, e.mention_count, e.article_count, coalesce(c.mentions, 0) AS mentions, coalesce(c.articles, 0) AS articles
     FROM entities e LEFT JOIN (SELECT entity_id, count(*)::int AS mentions, count(DISTINCT article_id)::int AS articles FROM mentions GROUP BY 1) c ON c.entity_id = e.id
     WHERE e.mention_count <> coalesce(c.mentions, 0) OR e.article_count <> coalesce(c.articles, 0) LIMIT 10`,
  );
  for (const c of counters) problems.push(`entity ${c.type} ${c.canonical} counts ${c.mention_count} mentions in ${c.article_count} articles, stored ${c.mentions} in ${c.articles}`);
  const perArticle: Array<{ entity_id: string; article_id: string; kept: number | null; counted: number | null }> = await db.query(
    `SELECT entity_id, article_id, ea.mentions AS kept, m.n AS counted
     FROM entity_articles ea FULL JOIN (SELECT entity_id, article_id, count(*)::int AS n FROM mentions GROUP BY 1, 2) m USING (entity_id, article_id)
     WHERE ea.mentions IS DISTINCT FROM m.n LIMIT 10`,
  );
  for (const r of perArticle) problems.push(`entity_articles (${r.entity_id}, ${r.article_id}) keeps ${r.kept} mentions, mentions has ${r.counted}`);
  return problems;
}

/** True once every file has a final ledger state and every published article has left the pipeline. */
export async function pipelineSettled(db: DataSource, corpus: FaultCorpus): Promise<boolean> {
  const [row] = await db.query(
    `SELECT (SELECT count(DISTINCT path)::int FROM file_ledger) AS files,
            (SELECT count(*)::int FROM file_ledger WHERE state = 'published') AS published,
            (SELECT count(*)::int FROM articles WHERE state IN ('completed', 'duplicate')) AS finished`,
  );
  return row.files >= corpus.counts.files && row.finished >= row.published;
}

export async function progress(db: DataSource): Promise<{ ledger: number; articles: number; completed: number }> {
  const [row] = await db.query(
    `SELECT (SELECT count(*)::int FROM file_ledger) AS ledger, (SELECT count(*)::int FROM articles) AS articles,
            (SELECT count(*)::int FROM articles WHERE state = 'completed') AS completed`,
  );
  return row;
}

/**
 * Every check of the fault scenarios, through PostgreSQL and the dead-letter stream. Returns the list of
 * problems (empty when the run was exactly-once) and the counts it saw.
 */
export async function verifyOutcome(db: DataSource, nc: NatsConnection, streamName: string, corpus: FaultCorpus): Promise<{ problems: string[]; summary: OutcomeSummary }> {
  const problems: string[] = [];
  const ledger: LedgerRow[] = await db.query(`SELECT path, state, duplicate_of_path, count(*) OVER (PARTITION BY path)::int AS n FROM file_ledger`);
  const byPath = new Map(ledger.map((r) => [r.path, r]));
  for (const r of ledger) if (r.n !== 1) problems.push(`ledger has ${r.n} rows for ${r.path}`);
  if (byPath.size !== corpus.files.length) problems.push(`ledger has ${byPath.size} paths, corpus ${corpus.files.length}`);

  const articles = await storedArticles(db);
  const articlesByPath = new Map<string, ArticleRow[]>();
  for (const a of articles) articlesByPath.set(a.path, [...(articlesByPath.get(a.path) ?? []), a]);
  const idOf = (path: string) => articlesByPath.get(path)?.[0]?.id;

  const expectArticle = (path: string, state: 'completed' | 'duplicate', duplicateOfPath?: string) => {
    const rows = articlesByPath.get(path) ?? [];
    if (rows.length !== 1) return problems.push(`${path}: ${rows.length} article rows`);
    const a = rows[0];
    if (a.state !== state) return problems.push(`${path}: article ${a.state}, expected ${state}`);
    if (state === 'completed') return problems.push(...completedArticleProblems(a).map((p) => `${path}: ${p}`));
    if (a.signatures !== 1) problems.push(`${path}: ${a.signatures} dedupe signatures`);
    if (a.duplicate_of !== idOf(duplicateOfPath!)) problems.push(`${path}: duplicate of ${a.duplicate_of}, expected ${duplicateOfPath}`);
    if (a.cluster_id !== a.duplicate_of) problems.push(`${path}: cluster ${a.cluster_id} is not its original ${a.duplicate_of}`);
    if (a.mentions || a.quotes) problems.push(`${path}: duplicate has ${a.mentions} mentions and ${a.quotes} quotes`);
    if (a.stages !== 'dedupe:done') problems.push(`${path}: duplicate stages ${a.stages}`);
  };
  const stateOf = (path: string) => byPath.get(path)?.state ?? 'missing';

  const paired = new Set<string>();
  for (const f of corpus.files) {
    const role = f.role;
    if (role.kind === 'exact-copy') {
      paired.add(role.twin);
      const states = [stateOf(f.name), stateOf(role.twin)].sort().join('+');
      if (states !== 'duplicate-file+published') problems.push(`exact copy ${f.name}: states ${states}`);
      const [kept, copy] = stateOf(f.name) === 'published' ? [f.name, role.twin] : [role.twin, f.name];
      if (byPath.get(copy)?.duplicate_of_path !== kept) problems.push(`${copy}: duplicate of ${byPath.get(copy)?.duplicate_of_path}, expected ${kept}`);
      if (articlesByPath.has(copy)) problems.push(`${copy}: a duplicate file produced an article`);
      expectArticle(kept, 'completed');
    } else if (role.kind === 'near-duplicate') {
      paired.add(role.twin);
      for (const p of [f.name, role.twin]) if (stateOf(p) !== 'published') problems.push(`${p}: ledger ${stateOf(p)}`);
      // Which of the two wins depends on arrival order; exactly one must be the cluster's original.
      const twinFirst = articlesByPath.get(role.twin)?.[0]?.state !== 'duplicate';
      const [original, duplicate] = twinFirst ? [role.twin, f.name] : [f.name, role.twin];
      expectArticle(original, 'completed');
      expectArticle(duplicate, 'duplicate', original);
    } else if (role.kind === 'binary' && stateOf(f.name) !== 'rejected') problems.push(`${f.name}: ledger ${stateOf(f.name)}, expected rejected`);
    else if (role.kind === 'unsupported' && stateOf(f.name) !== 'ignored') problems.push(`${f.name}: ledger ${stateOf(f.name)}, expected ignored`);
  }
  for (const f of corpus.files) {
    if (f.role.kind !== 'unique' || paired.has(f.name)) continue;
    if (stateOf(f.name) !== 'published') problems.push(`${f.name}: ledger ${stateOf(f.name)}`);
    expectArticle(f.name, 'completed');
  }
  const known = new Set(corpus.files.map((f) => f.name));
  for (const a of articles) if (!known.has(a.path)) problems.push(`unexpected article from ${a.path}`);

  // One story cluster per story: each cluster is one completed original and its expected duplicates.
  const clusters = new Set(articles.map((a) => a.cluster_id));
  const stories = corpus.counts.unique;
  if (clusters.size !== stories) problems.push(`${clusters.size} story clusters for ${stories} stories`);
  problems.push(...(await sharedRowProblems(db)));
  const failed = await db.query(`SELECT article_id, stage, error FROM article_stages WHERE status <> 'done' LIMIT 5`);
  for (const f of failed) problems.push(`stage ${f.stage} failed for ${f.article_id}: ${f.error}`);

  const dlq = new DeadLetterStore(await nc.jetstreamManager(), nc.jetstream(), streamName);
  const letters = await dlq.list(1000);
  const unexpected = letters.filter((l) => l.stage !== 'dedupe' || !/^(payload is not JSON|invalid received payload)/.test(l.reason));
  for (const l of unexpected) problems.push(`unexpected dead letter (${l.stage}): ${l.reason} ${l.payloadSummary}`);
  if (letters.length !== corpus.poison.length) problems.push(`${letters.length} dead letters, expected the ${corpus.poison.length} poison messages`);

  const count = (state: string) => ledger.filter((r) => r.state === state).length;
  return {
    problems,
    summary: {
      files: byPath.size,
      published: count('published'),
      duplicateFiles: count('duplicate-file'),
      rejected: count('rejected'),
      ignored: count('ignored'),
      completed: articles.filter((a) => a.state === 'completed').length,
      duplicates: articles.filter((a) => a.state === 'duplicate').length,
      mentions: articles.reduce((n, a) => n + a.mentions, 0),
      quotes: articles.reduce((n, a) => n + a.quotes, 0),
      deadLetters: letters.length,
    },
  };
}
