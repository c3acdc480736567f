import { EntityManager } from 'typeorm';

// Distinct and sorted: one upsert may not touch a row twice, and racing batches take row locks in one order.
// clock_timestamp(), not now(): a mark is written after a batch's rows (in the entities and quotes stages, as
// the transaction's last statement), so it tells about when they became visible; now() is when the
// transaction began, before its reads, locks and writes.
const UPSERT_STAGES = `INSERT INTO article_stages (article_id, stage, version, status, error, updated_at)
     SELECT DISTINCT id, $2, $3, 'done', NULL::text, clock_timestamp() FROM unnest($1::char(32)[]) AS id ORDER BY id
     ON CONFLICT (article_id, stage) DO UPDATE SET version = EXCLUDED.version, status = EXCLUDED.status,
       error = EXCLUDED.error, updated_at = EXCLUDED.updated_at`;

/** Per-article, per-stage completion with the extractor version, so upgrades can be reprocessed: one statement per batch. */
export async function markStageDone(tx: EntityManager, articleIds: readonly string[], stage: string, version: string): Promise<void> {
  if (articleIds.length === 0) return;
  await tx.query(UPSERT_STAGES, [articleIds, stage, version]);
}

/** The last stage's marks, which also complete the articles: one statement per batch. */
export async function markLastStageAndComplete(tx: EntityManager, articleIds: readonly string[], stage: string, version: string): Promise<void> {
  if (articleIds.length === 0) return;
  await tx.query(
    `WITH completed AS (UPDATE articles SET state = 'completed', completed_at = coalesce(completed_at, clock_timestamp()) WHERE id = ANY($1::char(32)[]))
     ${UPSERT_STAGES}`,
    [articleIds, stage, version],
  );
}
