import { EntityManager } from 'typeorm';
import { retireMentions } from './entity-linking.repository';

/** An article taken out of every query: an old version (superseded by its correction) or a retracted one. */
export type Retirement = { id: string; state: 'superseded'; supersededBy: string } | { id: string; state: 'retracted' };

/**
 * Retires articles inside the caller's transaction: their state changes first (which waits for, and then
 * holds off, a stage storing rows for them, see lock_stage_articles and requireStored), then their dedupe signatures go,
 * and unless `keepDerived`, their mentions (with the entity counters and entity_articles) and quotes
 * (with their anchors). An old version whose correction goes to extraction keeps them until the stages
 * replace them (see supersededVersionsOf in stored-articles). Articles already retired are left as they are, so a repeat is
 * a no-op. Returns the ids retired now.
 */
export async function retireArticles(tx: EntityManager, retirements: Retirement[], keepDerived = false): Promise<string[]> {
  if (retirements.length === 0) return [];
  const sorted = [...retirements].sort((a, b) => (a.id < b.id ? -1 : 1));
  const rows: Array<{ id: string }> = await tx.query(
    // A SELECT over the update: TypeORM returns an UPDATE's RETURNING rows wrapped with its row count.
    `WITH locked AS (SELECT id FROM articles WHERE id = ANY($1::char(32)[]) AND state NOT IN ('superseded', 'retracted') ORDER BY id FOR NO KEY UPDATE),
     retired AS (
       UPDATE articles a SET state = u.state,
         superseded_by = u.by, superseded_at = CASE WHEN u.state = 'superseded' THEN now() END,
         retracted_at = CASE WHEN u.state = 'retracted' THEN now() END
       FROM unnest($1::char(32)[], $2::text[], $3::char(32)[]) AS u(id, state, by)
       WHERE a.id = u.id AND a.id IN (SELECT id FROM locked)
       RETURNING a.id)
     SELECT id FROM retired`,
    [sorted.map((r) => r.id), sorted.map((r) => r.state), sorted.map((r) => (r.state === 'superseded' ? r.supersededBy : null))],
  );
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return ids;
  await tx.query(`DELETE FROM dedupe_signatures WHERE article_id = ANY($1::char(32)[])`, [ids]);
  if (!keepDerived) await retireDerivedRows(tx, ids);
  return ids;
}

/** Deletes retired articles' mentions (moving the entity counters) and quotes. */
export async function retireDerivedRows(tx: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await retireMentions(tx, ids);
  await tx.query(`DELETE FROM quotes WHERE article_id = ANY($1::char(32)[])`, [ids]);
}

/**
 * Promotes the earliest live duplicate of a retired article's cluster to original: the others then point
 * at it. Returns the promoted duplicate, which has not been through extraction yet, or null. (A new version
 * that is an original takes its old version's cluster through handOverClusters.)
 */
export async function handOverCluster(tx: EntityManager, retiredId: string): Promise<string | null> {
  const rows: Array<{ id: string }> = await tx.query(
    `SELECT id FROM articles WHERE duplicate_of = $1 AND state = 'duplicate' ORDER BY received_at, id LIMIT 1 FOR NO KEY UPDATE`,
    [retiredId],
  );
  if (rows.length === 0) return null;
  const heir = rows[0].id;
  await tx.query(`UPDATE articles SET state = 'accepted', duplicate_of = NULL, similarity = NULL, duplicate_kind = NULL WHERE id = $1`, [heir]);
  await tx.query(`UPDATE articles SET cluster_heir = $2 WHERE id = $1`, [retiredId, heir]);
  await handOverClusters(tx, [{ retiredId, heir }]);
  return heir;
}

/** Points the live duplicates and signatures of each retired cluster head at its heir, one statement per table. */
export async function handOverClusters(tx: EntityManager, moves: Array<{ retiredId: string; heir: string }>): Promise<void> {
  if (moves.length === 0) return;
  const params = [moves.map((m) => m.retiredId), moves.map((m) => m.heir)];
  await tx.query(
    `UPDATE articles a SET duplicate_of = u.heir FROM unnest($1::char(32)[], $2::char(32)[]) AS u(retired, heir)
     WHERE a.duplicate_of = u.retired AND a.state = 'duplicate'`,
    params,
  );
  await tx.query(`UPDATE dedupe_signatures s SET cluster_id = u.heir FROM unnest($1::char(32)[], $2::char(32)[]) AS u(retired, heir) WHERE s.cluster_id = u.retired`, params);
}

/** A duplicate promoted to original, to be sent to extraction. */
export interface PromotedArticle {
  id: string;
  path: string;
  droppedAt: number;
}

/** Promoted heirs of the given retired articles that have not been through extraction yet (to send again after a crash). */
export async function pendingHeirs(tx: EntityManager, retiredIds: string[]): Promise<PromotedArticle[]> {
  if (retiredIds.length === 0) return [];
  const rows: Array<{ id: string; path: string; dropped_ms: string }> = await tx.query(
    `SELECT h.id, h.path, (extract(epoch FROM h.dropped_at) * 1000)::bigint AS dropped_ms
     FROM articles r JOIN articles h ON h.id = r.cluster_heir
     WHERE r.id = ANY($1::char(32)[]) AND h.state = 'accepted'
       AND NOT EXISTS (SELECT 1 FROM article_stages s WHERE s.article_id = h.id AND s.stage = 'entities')`,
    [retiredIds],
  );
  return rows.map((r) => ({ id: r.id, path: r.path, droppedAt: Number(r.dropped_ms) }));
}
