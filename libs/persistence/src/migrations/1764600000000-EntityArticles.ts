import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per entity and article that mentions it, with the article's date and the number of mentions,
 * kept by triggers on `mentions` (which is only ever inserted into and deleted from, a whole article at a
 * time). Its rows come only from mentions, whose foreign keys already hold (deleting an article cascades
 * to its mentions and so here), so it checks none of its own on every write. The entity page reads its
 * newest articles and its timeline here by index instead of visiting an article row per mention: for an
 * entity in 30,000 articles that page took about 230 ms.
 */
export class EntityArticles1764600000000 implements MigrationInterface {
  name = 'EntityArticles1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE entity_articles (
        entity_id bigint NOT NULL,
        article_id char(32) NOT NULL,
        article_date timestamptz NOT NULL,
        mentions integer NOT NULL,
        PRIMARY KEY (entity_id, article_id)
      )`);
    await q.query(`CREATE INDEX entity_articles_newest ON entity_articles (entity_id, article_date DESC, article_id DESC) INCLUDE (mentions)`);
    await q.query(`CREATE INDEX entity_articles_article ON entity_articles (article_id, entity_id)`);
    await q.query(`
      CREATE FUNCTION entity_articles_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO entity_articles (entity_id, article_id, article_date, mentions)
        SELECT n.entity_id, n.article_id, coalesce(a.published_at, a.received_at), count(*)
        FROM added n JOIN articles a ON a.id = n.article_id GROUP BY n.entity_id, n.article_id, a.published_at, a.received_at
        ON CONFLICT (entity_id, article_id) DO UPDATE SET mentions = entity_articles.mentions + excluded.mentions;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION entity_articles_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- An article's first run deletes nothing before it inserts.
        IF NOT EXISTS (SELECT 1 FROM removed) THEN
          RETURN NULL;
        END IF;
        UPDATE entity_articles ea SET mentions = ea.mentions - gone.n
        FROM (SELECT entity_id, article_id, count(*) AS n FROM removed GROUP BY entity_id, article_id) gone
        WHERE ea.entity_id = gone.entity_id AND ea.article_id = gone.article_id;
        DELETE FROM entity_articles ea USING (SELECT DISTINCT entity_id, article_id FROM removed) gone
        WHERE ea.entity_id = gone.entity_id AND ea.article_id = gone.article_id AND ea.mentions <= 0;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER mentions_entity_articles_added AFTER INSERT ON mentions REFERENCING NEW TABLE AS added
                   FOR EACH STATEMENT EXECUTE FUNCTION entity_articles_added()`);
    await q.query(`CREATE TRIGGER mentions_entity_articles_removed AFTER DELETE ON mentions REFERENCING OLD TABLE AS removed
                   FOR EACH STATEMENT EXECUTE FUNCTION entity_articles_removed()`);
    await q.query(`
      INSERT INTO entity_articles (entity_id, article_id, article_date, mentions)
      SELECT m.entity_id, m.article_id, coalesce(a.published_at, a.received_at), count(*)
      FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY m.entity_id, m.article_id, a.published_at, a.received_at`);
    // Until autovacuum gets to it, the planner would take the filled table for empty and choose badly.
    await q.query(`ANALYZE entity_articles`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER mentions_entity_articles_removed ON mentions`);
    await q.query(`DROP TRIGGER mentions_entity_articles_added ON mentions`);
    await q.query(`DROP FUNCTION entity_articles_removed()`);
    await q.query(`DROP FUNCTION entity_articles_added()`);
    await q.query(`DROP TABLE entity_articles`);
  }
}
