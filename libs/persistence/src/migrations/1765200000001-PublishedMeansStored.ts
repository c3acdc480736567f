import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Published" on the ledger means stored or in flight. Each published file records the ids of its
 * articles and the stream sequence of its last publish, so reconciliation can tell a lost article from one
 * still queued; dead-lettered articles are recorded against their file, whose state says so until the
 * stage that failed completes them. Single-article files from before this get their article id (record 0;
 * a JSON Lines file's one record may have another index, so those are left out).
 */
export class PublishedMeansStored1765200000001 implements MigrationInterface {
  name = 'PublishedMeansStored1765200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE file_ledger DROP CONSTRAINT file_ledger_state_check`);
    await q.query(`ALTER TABLE file_ledger ADD CONSTRAINT file_ledger_state_check
                   CHECK (state IN ('published', 'rejected', 'duplicate-file', 'ignored', 'dead-lettered'))`);
    await q.query(`ALTER TABLE file_ledger ADD COLUMN article_ids char(32)[], ADD COLUMN stream_seq bigint, ADD COLUMN redrives integer NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE file_ledger SET article_ids = ARRAY[left(encode(sha256(convert_to(content_hash || ':0', 'UTF8')), 'hex'), 32)]
      WHERE state = 'published' AND articles = 1 AND rejections = '[]'::jsonb AND path NOT ILIKE '%.jsonl'`);
    await q.query(`
      CREATE TABLE article_dead_letters (
        article_id char(32) NOT NULL,
        stage text NOT NULL,
        file_hash char(64),
        reason text NOT NULL,
        dead_letter_id text,
        dead_lettered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, stage)
      )`);
    await q.query(`CREATE INDEX article_dead_letters_file ON article_dead_letters (file_hash)`);
    await q.query(`
      CREATE TABLE reconciliations (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        checked integer NOT NULL,
        in_flight integer NOT NULL,
        redriven integer NOT NULL,
        gone integer NOT NULL,
        dead_lettered integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reconciliations`);
    await q.query(`DROP TABLE article_dead_letters`);
    await q.query(`UPDATE file_ledger SET state = 'published' WHERE state = 'dead-lettered'`);
    await q.query(`ALTER TABLE file_ledger DROP COLUMN article_ids, DROP COLUMN stream_seq, DROP COLUMN redrives`);
    await q.query(`ALTER TABLE file_ledger DROP CONSTRAINT file_ledger_state_check`);
    await q.query(`ALTER TABLE file_ledger ADD CONSTRAINT file_ledger_state_check CHECK (state IN ('published', 'rejected', 'duplicate-file', 'ignored'))`);
  }
}
