import { MigrationInterface, QueryRunner } from 'typeorm';

const RECEIVED_OR_PUBLISHED = `(coalesce(published_at, received_at))`;
/** An undated article sorts after every dated one: it is not news of the day it arrived. */
const PUBLISHED_OR_UNDATED = `(coalesce(published_at, '-infinity'::timestamptz))`;

const DATE_INDEXES = (date: string): string[] => [
  `CREATE INDEX articles_date ON articles (${date} DESC, id DESC)`,
  `CREATE INDEX articles_source_date ON articles (lower(source), ${date} DESC, id DESC)`,
  `CREATE INDEX articles_state_date ON articles (state, ${date} DESC, id DESC)`,
];

const entityArticlesAdded = (date: string, withOffset: boolean): string => `
  CREATE OR REPLACE FUNCTION entity_articles_added() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO entity_articles (entity_id, article_id, article_date, ${withOffset ? 'article_offset_minutes, ' : ''}mentions)
    SELECT n.entity_id, n.article_id, ${date.replace(/published_at|received_at/g, 'a.$&')}, ${withOffset ? 'a.published_offset_minutes, ' : ''}count(*)
    FROM added n JOIN articles a ON a.id = n.article_id
    GROUP BY n.entity_id, n.article_id, a.published_at, a.received_at${withOffset ? ', a.published_offset_minutes' : ''}
    ON CONFLICT (entity_id, article_id) DO UPDATE SET mentions = entity_articles.mentions + excluded.mentions;
    RETURN NULL;
  END $$`;

/**
 * A page's date keeps its own offset: `published_offset_minutes` (minutes east of UTC, null when the
 * source named no zone) beside the instant, so the API can give the page's local calendar day.
 * Undated articles stay undated: the sort and filter date of articles and of entity_articles was
 * "published, else received", which made an undated article the newest and put it on today's date in
 * entity timelines; it is now the publication date, with undated articles at -infinity (last in every
 * newest-first list, outside every date range, left out of timelines). entity_articles copies the
 * offset too, so a timeline counts an article on the page's own calendar day.
 */
export class PublishedOffsetAndUndated1765100000000 implements MigrationInterface {
  name = 'PublishedOffsetAndUndated1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles ADD COLUMN published_offset_minutes smallint`);
    await q.query(`DROP INDEX articles_date, articles_source_date, articles_state_date`);
    for (const sql of DATE_INDEXES(PUBLISHED_OR_UNDATED)) await q.query(sql);
    await q.query(`ALTER TABLE entity_articles ADD COLUMN article_offset_minutes smallint`);
    await q.query(entityArticlesAdded(PUBLISHED_OR_UNDATED, true));
    await q.query(`UPDATE entity_articles ea SET article_date = '-infinity' FROM articles a WHERE a.id = ea.article_id AND a.published_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE entity_articles ea SET article_date = a.received_at FROM articles a WHERE a.id = ea.article_id AND a.published_at IS NULL`);
    await q.query(entityArticlesAdded(RECEIVED_OR_PUBLISHED, false));
    await q.query(`ALTER TABLE entity_articles DROP COLUMN article_offset_minutes`);
    await q.query(`DROP INDEX articles_date, articles_source_date, articles_state_date`);
    for (const sql of DATE_INDEXES(RECEIVED_OR_PUBLISHED)) await q.query(sql);
    await q.query(`ALTER TABLE articles DROP COLUMN published_offset_minutes`);
  }
}
