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

/** What a stage's prepare call (entities_prepare, quotes_prepare) says of the batch's articles. */
export interface LockedArticles {
  stored_ids: string[];
  live_ids: string[];
}

/**
 * What the foreign keys from mentions and quotes to articles checked row by row (about 85 rows an
 * article), checked once per batch: every article is stored. Returns the live ones (see LIVE_ARTICLE).
 * lock_stage_articles, which the prepare calls begin with, takes a NO KEY UPDATE lock that keeps them so
 * until the transaction ends: it waits for, and holds off, a retirement that supersedes or retracts them,
 * and queues two runs of one stage over one article (a redelivery racing its first delivery), so the
 * second replaces what the first stored.
 */
export function requireStored(requested: readonly string[], locked: LockedArticles, what: string): Set<string> {
  const stored = new Set(locked.stored_ids);
  const missing = requested.find((id) => !stored.has(id));
  if (missing !== undefined) throw new Error(`article ${missing} is not stored: its ${what} cannot be`);
  return new Set(locked.live_ids);
}

/**
 * The superseded versions of these articles' paths and records: a stage storing a new version's rows
 * deletes theirs in the same transaction, so the new rows replace the old ones at once, and the counters
 * move once. No stage adds rows to a superseded version (see requireStored).
 */
export async function supersededVersionsOf(tx: EntityManager, articleIds: string[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const [row]: Array<{ ids: string[] }> = await tx.query(`SELECT superseded_versions_of($1::char(32)[]) AS ids`, [articleIds]);
  return row.ids;
}
