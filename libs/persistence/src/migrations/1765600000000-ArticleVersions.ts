import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statement triggers that follow deleted mentions and quotes, with the deleted rows' articles and quote
 * ids as an array, so the planner probes the indexes. Joined to the transition table (which has no
 * statistics) they may be planned as scans of entity_articles and quote_anchors, and every correction now
 * deletes rows (bench:corrections: entities stage p50 131 -> 71 ms, quotes 579 -> 373 ms, on a shared box).
 */
/** A statement trigger function that follows deleted rows (`removed`), doing nothing when none were. */
const onRemoved = (name: string, body: string) => `
  CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    -- An article's first run deletes nothing before it inserts.
    IF NOT EXISTS (SELECT 1 FROM removed) THEN
      RETURN NULL;
    END IF;
    ${body}
    RETURN NULL;
  END $$`;

const REMOVAL_TRIGGERS = {
  entityArticles: (byArray: boolean) =>
    onRemoved(
      'entity_articles_removed',
      `UPDATE entity_articles ea SET mentions = ea.mentions - gone.n
       FROM (SELECT entity_id, article_id, count(*) AS n FROM removed GROUP BY entity_id, article_id) gone
       WHERE ${byArray ? 'ea.article_id = ANY (ARRAY(SELECT DISTINCT article_id FROM removed)) AND ' : ''}ea.entity_id = gone.entity_id AND ea.article_id = gone.article_id;
       ${
         byArray
           ? 'DELETE FROM entity_articles ea WHERE ea.article_id = ANY (ARRAY(SELECT DISTINCT article_id FROM removed)) AND ea.mentions <= 0;'
           : `DELETE FROM entity_articles ea USING (SELECT DISTINCT entity_id, article_id FROM removed) gone
              WHERE ea.entity_id = gone.entity_id AND ea.article_id = gone.article_id AND ea.mentions <= 0;`
       }`,
    ),
  quoteAnchors: (byArray: boolean) =>
    onRemoved(
      'quote_anchors_removed',
      byArray ? 'DELETE FROM quote_anchors qa WHERE qa.quote_id = ANY (ARRAY(SELECT id FROM removed));' : 'DELETE FROM quote_anchors qa USING removed r WHERE qa.quote_id = r.id;',
    ),
};

/**
 * Corrections and retraction. New content at a path the ledger holds is a new version of that article:
 * each article row carries its version number and the version it replaced, and an old version says which
 * one superseded it. A retracted article keeps its row (state retracted, with when), and its ledger entry
 * becomes a tombstone (state retracted) that a rescan or restart does not publish again. When a retired
 * article headed a cluster, cluster_heir names the duplicate promoted in its place, so a repeated
 * retraction can send the heir to extraction again. Versions of one record are found by path and record.
 * The removal triggers of mentions and quotes probe indexes (see REMOVAL_TRIGGERS).
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
    await q.query(REMOVAL_TRIGGERS.entityArticles(true));
    await q.query(REMOVAL_TRIGGERS.quoteAnchors(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(REMOVAL_TRIGGERS.entityArticles(false));
    await q.query(REMOVAL_TRIGGERS.quoteAnchors(false));
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
