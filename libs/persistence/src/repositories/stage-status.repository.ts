import { EntityManager } from 'typeorm';

const UPSERT_STAGE = `INSERT INTO article_stages (article_id, stage, version, status, error, updated_at) VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (article_id, stage) DO UPDATE SET version = EXCLUDED.version, status = EXCLUDED.status,
       error = EXCLUDED.error, updated_at = now()`;

/** Per-article, per-stage completion with the extractor version, so upgrades can be reprocessed. */
export async function markStage(
  tx: EntityManager,
  articleId: string,
  stage: string,
  version: string,
  status: 'done' | 'failed' = 'done',
  error: string | null = null,
): Promise<void> {
  await tx.query(UPSERT_STAGE, [articleId, stage, version, status, error]);
}

/** The last stage's mark, which also completes the article: one statement, as it runs once per article. */
export async function markLastStageAndComplete(tx: EntityManager, articleId: string, stage: string, version: string): Promise<void> {
  await tx.query(
    `WITH completed AS (UPDATE articles SET state = 'completed', completed_at = coalesce(completed_at, now()) WHERE id = $1)
     ${UPSERT_STAGE}`,
    [articleId, stage, version, 'done', null],
  );
}
