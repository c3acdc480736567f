import { EntityManager } from 'typeorm';

/** Per-article, per-stage completion with the extractor version, so upgrades can be reprocessed: one statement per batch (mark_stage_done). */
export async function markStageDone(tx: EntityManager, articleIds: readonly string[], stage: string, version: string): Promise<void> {
  if (articleIds.length === 0) return;
  await tx.query(`SELECT mark_stage_done($1::char(32)[], $2, $3)`, [articleIds, stage, version]);
}
