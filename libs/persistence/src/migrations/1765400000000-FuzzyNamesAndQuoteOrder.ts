import { MigrationInterface, QueryRunner } from 'typeorm';
import { nameSearchKey } from '@newsflow/nlp';

const BACKFILL_BATCH = 5000;

/**
 * Fuzzy name look-up and quote filters.
 * - entity_aliases.name_key: nameSearchKey of the alias (computed in Node, where the entities stage and the
 *   query service compute it too), with a trigram index over the key padded with spaces, so one LIKE finds
 *   a whole-key or a one-word match ("lksnk" in "alksndr lksnk"). Old rows are keyed here.
 * - pg_trgm is required now: similar spellings are found by trigram similarity of the normalised alias
 *   (alias_key, whose trigram index QueryIndexes made when pg_trgm was there). Its similarity functions
 *   are costed as what they are, so the planner asks the index.
 * - Quotes in article-date order, by outlet and by kind, for /quotes' sort, source and kind filters and
 *   their counts.
 */
export class FuzzyNamesAndQuoteOrder1765400000000 implements MigrationInterface {
  name = 'FuzzyNamesAndQuoteOrder1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
      EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION 'newsflow needs the pg_trgm extension for name search (%); install PostgreSQL''s contrib package (Debian: postgresql-contrib)', SQLERRM;
      END $$`);
    // A trigram comparison costs microseconds a row, not an ordinary operator's cost of 1: costed as 1, the
    // planner compared a few thousand aliases one by one (20 ms) rather than ask the trigram index (0.4 ms).
    // Only the extension's owner may say so; anyone else keeps correct answers, planned less well.
    await q.query(`
      DO $$
      BEGIN
        ALTER FUNCTION similarity_op(text, text) COST 100;
        ALTER FUNCTION similarity(text, text) COST 100;
      EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'pg_trgm functions left at their cost (%): alias look-ups on small tables may scan', SQLERRM;
      END $$`);
    await q.query(`CREATE INDEX IF NOT EXISTS entity_aliases_key_trgm ON entity_aliases USING gin (alias_key gin_trgm_ops)`);
    await q.query(`ALTER TABLE entity_aliases ADD COLUMN name_key text`);
    for (;;) {
      const rows: Array<{ entity_id: string; alias_key: string; alias: string }> = await q.query(
        `SELECT entity_id, alias_key, alias FROM entity_aliases WHERE name_key IS NULL LIMIT ${BACKFILL_BATCH}`,
      );
      if (rows.length === 0) break;
      await q.query(
        `UPDATE entity_aliases al SET name_key = k.name_key
         FROM unnest($1::bigint[], $2::text[], $3::text[]) AS k(entity_id, alias_key, name_key)
         WHERE al.entity_id = k.entity_id AND al.alias_key = k.alias_key`,
        [rows.map((r) => r.entity_id), rows.map((r) => r.alias_key), rows.map((r) => nameSearchKey(r.alias))],
      );
    }
    await q.query(`CREATE INDEX entity_aliases_name_key_trgm ON entity_aliases USING gin ((' ' || name_key || ' ') gin_trgm_ops)`);
    await q.query(`CREATE INDEX quotes_date ON quotes (article_date DESC, id DESC)`);
    await q.query(`CREATE INDEX quotes_source_date ON quotes (left(lower(article_source), 200), article_date DESC, id DESC)`);
    await q.query(`CREATE INDEX quotes_kind_date ON quotes (kind, article_date DESC, id DESC)`);
    await q.query(`ANALYZE entity_aliases`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX quotes_kind_date, quotes_source_date, quotes_date, entity_aliases_name_key_trgm`);
    await q.query(`ALTER TABLE entity_aliases DROP COLUMN name_key`);
    await q.query(`
      DO $$
      BEGIN
        ALTER FUNCTION similarity(text, text) COST 1;
        ALTER FUNCTION similarity_op(text, text) COST 1;
      EXCEPTION WHEN insufficient_privilege THEN
        NULL;
      END $$`);
  }
}
