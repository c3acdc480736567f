import { MigrationInterface, QueryRunner } from 'typeorm';

/** Anchors (minimum shingle hashes) of each quote, to find the same statement reported by other outlets. */
export class QuoteAnchors1764100000000 implements MigrationInterface {
  name = 'QuoteAnchors1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE quote_anchors (
        anchor text NOT NULL,
        quote_id bigint NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        PRIMARY KEY (anchor, quote_id)
      )`);
    await q.query(`CREATE INDEX quote_anchors_quote ON quote_anchors (quote_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE quote_anchors`);
  }
}
