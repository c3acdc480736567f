import { MigrationInterface, QueryRunner } from 'typeorm';

const refsFunction = (dated: boolean) => `
  CREATE OR REPLACE FUNCTION quote_article_refs() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    SELECT a.title, a.source, coalesce(a.published_at, a.received_at)${dated ? ', a.published_at IS NOT NULL' : ''}
    INTO NEW.article_title, NEW.article_source, NEW.article_date${dated ? ', NEW.article_dated' : ''}
    FROM articles a WHERE a.id = NEW.article_id;
    RETURN NEW;
  END $$`;

/**
 * Whether a quote's article is dated, beside the copy of its date (published, else received): quote lists
 * say "received" for an undated article as article lists do, and leave it out of from/to ranges as they do.
 * The quotes stage writes it with the other copies; the trigger fills it for any other writer.
 */
export class QuoteArticleDated1765400000001 implements MigrationInterface {
  name = 'QuoteArticleDated1765400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quotes ADD COLUMN article_dated boolean`);
    await q.query(`UPDATE quotes q SET article_dated = a.published_at IS NOT NULL FROM articles a WHERE a.id = q.article_id`);
    await q.query(refsFunction(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(refsFunction(false));
    await q.query(`ALTER TABLE quotes DROP COLUMN article_dated`);
  }
}
