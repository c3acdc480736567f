import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mention and article counts kept on each entity by the entities stage, so ranking entities never
 * counts the mentions table.
 */
export class EntityCounters1764200000000 implements MigrationInterface {
  name = 'EntityCounters1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE entities ADD COLUMN mention_count integer NOT NULL DEFAULT 0, ADD COLUMN article_count integer NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE entities e SET mention_count = c.mentions, article_count = c.articles
      FROM (SELECT entity_id, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions GROUP BY entity_id) c
      WHERE c.entity_id = e.id`);
    await q.query(`CREATE INDEX entities_by_mentions ON entities (mention_count DESC, id DESC)`);
    await q.query(`CREATE INDEX entities_by_type_mentions ON entities (type, mention_count DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX entities_by_type_mentions`);
    await q.query(`DROP INDEX entities_by_mentions`);
    await q.query(`ALTER TABLE entities DROP COLUMN article_count, DROP COLUMN mention_count`);
  }
}
