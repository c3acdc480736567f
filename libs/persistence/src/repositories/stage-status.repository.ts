import { EntityManager } from 'typeorm';

/** Per-article, per-stage completion with the extractor version, so upgrades can be reprocessed. */
export async function markStage(
  tx: EntityManager,
  articleId: string,
  stage: string,
  version: string,
  status: 'done' | 'failed' = 'done',
  error: string | null = null,
): Promise<void> {
  await tx.query(
    `INSERT INTO article_stages (article_id, stage, version, status, error, updated_at) VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (article_id, stage) DO UPDATE SET version = EXCLUDED.version, status = EXCLUDED.status,
       error = EXCLUDED.error, updated_at = now()`,
    [articleId, stage, version, status, error],
  );
}
