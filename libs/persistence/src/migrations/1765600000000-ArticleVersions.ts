import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections and retraction. New content at a path the ledger holds is a new version of that article:
 * each article row carries its version number and the version it replaced, and an old version says which
 * one superseded it. A retracted article keeps its row (state retracted, with when), and its ledger entry
 * becomes a tombstone (state retracted) that a rescan or restart does not publish again. When a retired
 * article headed a cluster, cluster_heir names the duplicate promoted in its place, so a repeated
 * retraction can send the heir to extraction again. Versions of one record are found by path and record.
 */
export class ArticleVersions1765600000000 implements MigrationInterface {
  name = 'ArticleVersions1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE articles
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN previous_version char(32),
        ADD COLUMN superseded_by char(32),
        ADD COLUMN superseded_at timestamptz,
        ADD COLUMN retracted_at timestamptz,
        ADD COLUMN cluster_heir char(32)`);
    await q.query(`ALTER TABLE articles DROP CONSTRAINT articles_state_check`);
    await q.query(`ALTER TABLE articles ADD CONSTRAINT articles_state_check
                   CHECK (state IN ('accepted', 'duplicate', 'completed', 'superseded', 'retracted'))`);
    await q.query(`CREATE INDEX articles_path_record ON articles (text_key(path), record_index, version DESC)`);
    await q.query(`CREATE INDEX articles_superseded_by ON articles (superseded_by) WHERE superseded_by IS NOT NULL`);
    // A retired cluster head hands its copies' signatures to its successor.
    await q.query(`CREATE INDEX dedupe_signatures_cluster ON dedupe_signatures (cluster_id)`);
    await q.query(`ALTER TABLE file_ledger ADD COLUMN retracted_at timestamptz`);
    await q.query(`ALTER TABLE file_ledger DROP CONSTRAINT file_ledger_state_check`);
    await q.query(`ALTER TABLE file_ledger ADD CONSTRAINT file_ledger_state_check
                   CHECK (state IN ('published', 'rejected', 'duplicate-file', 'ignored', 'dead-lettered', 'retracted'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM file_ledger WHERE state = 'retracted'`);
    await q.query(`ALTER TABLE file_ledger DROP CONSTRAINT file_ledger_state_check`);
    await q.query(`ALTER TABLE file_ledger ADD CONSTRAINT file_ledger_state_check
                   CHECK (state IN ('published', 'rejected', 'duplicate-file', 'ignored', 'dead-lettered'))`);
    await q.query(`ALTER TABLE file_ledger DROP COLUMN retracted_at`);
    await q.query(`DROP INDEX articles_path_record, articles_superseded_by, dedupe_signatures_cluster`);
    await q.query(`DELETE FROM articles WHERE state IN ('superseded', 'retracted')`);
    await q.query(`ALTER TABLE articles DROP CONSTRAINT articles_state_check`);
    await q.query(`ALTER TABLE articles ADD CONSTRAINT articles_state_check CHECK (state IN ('accepted', 'duplicate', 'completed'))`);
    await q.query(`ALTER TABLE articles DROP COLUMN version, DROP COLUMN previous_version, DROP COLUMN superseded_by,
                   DROP COLUMN superseded_at, DROP COLUMN retracted_at, DROP COLUMN cluster_heir`);
  }
}
