import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The article date columns next to the id, so pages that start from mentions or quotes (the entity page's
 * timeline and newest articles) read dates by index-only scans instead of visiting each wide article row.
 */
export class ArticleDatesById1764400000000 implements MigrationInterface {
  name = 'ArticleDatesById1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX articles_id_dates ON articles (id) INCLUDE (published_at, received_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX articles_id_dates`);
  }
}
