import { MigrationInterface, QueryRunner } from 'typeorm';

/** The date the query API sorts and filters articles by: published when known, else received. */
const ARTICLE_DATE = `(coalesce(published_at, received_at))`;

/** Indexes for the query API's filters and keyset orders (see libs/persistence/src/queries). */
export class QueryIndexes1763900000000 implements MigrationInterface {
  name = 'QueryIndexes1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX articles_date ON articles (${ARTICLE_DATE} DESC, id DESC)`);
    await q.query(`CREATE INDEX articles_source_date ON articles (lower(source), ${ARTICLE_DATE} DESC, id DESC)`);
    await q.query(`CREATE INDEX articles_state_date ON articles (state, ${ARTICLE_DATE} DESC, id DESC)`);
    await q.query(`CREATE INDEX mentions_article_entity ON mentions (article_id, entity_id)`);
    await q.query(`CREATE INDEX quotes_speaker_recent ON quotes (speaker_entity_id, id DESC)`);
    await q.query(`CREATE INDEX quotes_group_first ON quotes (group_key, id)`);
    await q.query(`CREATE INDEX article_stages_failed ON article_stages (stage) WHERE status = 'failed'`);
    await q.query(`CREATE INDEX file_ledger_rejections ON file_ledger (id DESC) WHERE state = 'rejected' OR rejections <> '[]'::jsonb`);
    // Substring search on speaker names, paths and alias words wants trigrams; a server without pg_trgm still migrates.
    await q.query(`
      DO $$
      BEGIN
        BEGIN
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'pg_trgm unavailable (%): substring filters will scan', SQLERRM;
          RETURN;
        END;
        CREATE INDEX quotes_speaker_canonical_trgm ON quotes USING gin (speaker_canonical gin_trgm_ops);
        CREATE INDEX file_ledger_path_trgm ON file_ledger USING gin (path gin_trgm_ops);
        CREATE INDEX entity_aliases_key_trgm ON entity_aliases USING gin (alias_key gin_trgm_ops);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'articles_date', 'articles_source_date', 'articles_state_date', 'mentions_article_entity', 'quotes_speaker_recent', 'quotes_group_first',
      'article_stages_failed', 'file_ledger_rejections', 'quotes_speaker_canonical_trgm', 'file_ledger_path_trgm', 'entity_aliases_key_trgm',
    ]) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
  }
}
