import { EntityManager } from 'typeorm';

/** Articles whose derived rows count in queries: not an old version, not retracted. */
export const LIVE_ARTICLE = `state NOT IN ('superseded', 'retracted')`;

/**
 * SQL: the row `alias` is at the same inbox path and record as `path` and `record` (SQL expressions).
 * text_key(path) reaches the index articles_path_record; the plain comparison keeps the match exact.
 */
export function samePathRecord(alias: string, path: string, record: string): string {
  return `text_key(${alias}.path) = text_key(${path}) AND ${alias}.path = ${path} AND ${alias}.record_index = ${record}`;
}

/**
 * What the foreign keys from mentions and quotes to articles checked row by row (about 85 rows an
 * article), checked once per batch: every article is stored. Returns the live ones (see LIVE_ARTICLE).
 * The NO KEY UPDATE lock keeps them so until the transaction ends: it waits for, and holds off, a
 * retirement that supersedes or retracts them, and queues two runs of one stage over one article (a
 * redelivery racing its first delivery), so the second replaces what the first stored.
 */
export async function requireStoredArticles(tx: EntityManager, articleIds: readonly string[], what: string): Promise<Set<string>> {
  if (articleIds.length === 0) return new Set();
  const rows: Array<{ id: string; live: boolean }> = await tx.query(
    `SELECT id, ${LIVE_ARTICLE} AS live FROM articles WHERE id = ANY($1::char(32)[]) ORDER BY id FOR NO KEY UPDATE`,
    [articleIds],
  );
  const stored = new Set(rows.map((r) => r.id));
  const missing = articleIds.find((id) => !stored.has(id));
  if (missing !== undefined) throw new Error(`article ${missing} is not stored: its ${what} cannot be`);
  return new Set(rows.filter((r) => r.live).map((r) => r.id));
}

/**
 * The superseded versions of these articles' paths and records: a stage storing a new version's rows
 * deletes theirs in the same transaction, so the new rows replace the old ones at once, and the counters
 * move once. No stage adds rows to a superseded version (see requireStoredArticles).
 */
export async function supersededVersionsOf(tx: EntityManager, articleIds: string[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const rows: Array<{ id: string }> = await tx.query(
    `SELECT p.id FROM articles a
     CROSS JOIN LATERAL (SELECT p.id FROM articles p
       WHERE ${samePathRecord('p', 'a.path', 'a.record_index')} AND p.state = 'superseded' OFFSET 0) p
     WHERE a.id = ANY($1::char(32)[])`,
    [articleIds],
  );
  return rows.map((r) => r.id);
}
