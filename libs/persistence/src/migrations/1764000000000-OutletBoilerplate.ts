import { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-outlet line counts, so lines that recur across an outlet's articles are learned as boilerplate. */
export class OutletBoilerplate1764000000000 implements MigrationInterface {
  name = 'OutletBoilerplate1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE outlet_articles (outlet text PRIMARY KEY, articles integer NOT NULL DEFAULT 0)`);
    await q.query(`
      CREATE TABLE outlet_lines (
        outlet text NOT NULL,
        line_key text NOT NULL,
        articles integer NOT NULL DEFAULT 0,
        PRIMARY KEY (outlet, line_key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outlet_lines`);
    await q.query(`DROP TABLE outlet_articles`);
  }
}
