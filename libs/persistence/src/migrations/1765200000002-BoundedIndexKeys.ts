import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No btree key holds a whole text of unbounded length: an index row over about 2,700 bytes fails its
 * transaction ("index row size 3800 exceeds btree version 4 maximum 2704"). Outlet names, learned lines
 * and file paths are keyed by their sha256 (a generated column, so every writer agrees); the source
 * filter indexes the first 200 characters and rechecks the whole name (articles_source_date alone: its
 * leading column serves every source filter; WritePathForeignKeys dropped articles_source). Entity
 * alias and link keys are bounded where they are made (libs/persistence/src/repositories/bounded-key.ts).
 */
export class BoundedIndexKeys1765200000002 implements MigrationInterface {
  name = 'BoundedIndexKeys1765200000002';

  async up(q: QueryRunner): Promise<void> {
    // convert_to is only STABLE (it reads the database encoding, which never changes for a database).
    await q.query(`CREATE FUNCTION text_key(t text) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT sha256(convert_to(t, 'UTF8')) $$`);
    await q.query(`ALTER TABLE outlet_articles ADD COLUMN outlet_key bytea GENERATED ALWAYS AS (text_key(outlet)) STORED`);
    await q.query(`ALTER TABLE outlet_articles DROP CONSTRAINT outlet_articles_pkey, ADD PRIMARY KEY (outlet_key)`);
    await q.query(`ALTER TABLE outlet_lines ADD COLUMN outlet_key bytea GENERATED ALWAYS AS (text_key(outlet)) STORED,
                   ADD COLUMN line_hash bytea GENERATED ALWAYS AS (text_key(line_key)) STORED`);
    await q.query(`ALTER TABLE outlet_lines DROP CONSTRAINT outlet_lines_pkey, ADD PRIMARY KEY (outlet_key, line_hash)`);
    await q.query(`ALTER TABLE file_ledger ADD COLUMN path_key bytea GENERATED ALWAYS AS (text_key(path)) STORED`);
    await q.query(`ALTER TABLE file_ledger DROP CONSTRAINT file_ledger_path_hash, ADD CONSTRAINT file_ledger_path_hash UNIQUE (path_key, content_hash)`);
    await q.query(`DROP INDEX articles_source_date`);
    await q.query(`CREATE INDEX articles_source_date ON articles (left(lower(source), 200), (coalesce(published_at, '-infinity'::timestamptz)) DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX articles_source_date`);
    await q.query(`CREATE INDEX articles_source_date ON articles (lower(source), (coalesce(published_at, '-infinity'::timestamptz)) DESC, id DESC)`);
    await q.query(`ALTER TABLE file_ledger DROP CONSTRAINT file_ledger_path_hash, ADD CONSTRAINT file_ledger_path_hash UNIQUE (path, content_hash)`);
    await q.query(`ALTER TABLE file_ledger DROP COLUMN path_key`);
    await q.query(`ALTER TABLE outlet_lines DROP CONSTRAINT outlet_lines_pkey, ADD PRIMARY KEY (outlet, line_key)`);
    await q.query(`ALTER TABLE outlet_lines DROP COLUMN line_hash, DROP COLUMN outlet_key`);
    await q.query(`ALTER TABLE outlet_articles DROP CONSTRAINT outlet_articles_pkey, ADD PRIMARY KEY (outlet)`);
    await q.query(`ALTER TABLE outlet_articles DROP COLUMN outlet_key`);
    await q.query(`DROP FUNCTION text_key(text)`);
  }
}
