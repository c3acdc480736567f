import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each quote carries its article's title, source and date, which never change once the article is
 * stored. Quote pages (what a speaker said, quote search) then read only the quotes table: looking up two
 * articles per statement group was about a third of a speaker page's database time. A trigger fills the
 * copies when a writer leaves them out; the foreign key guarantees the article is there to copy.
 */
export class QuoteArticleRefs1764500000000 implements MigrationInterface {
  name = 'QuoteArticleRefs1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quotes ADD COLUMN article_title text, ADD COLUMN article_source text, ADD COLUMN article_date timestamptz`);
    await q.query(`
      CREATE FUNCTION quote_article_refs() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT a.title, a.source, coalesce(a.published_at, a.received_at) INTO NEW.article_title, NEW.article_source, NEW.article_date
        FROM articles a WHERE a.id = NEW.article_id;
        RETURN NEW;
      END $$`);
    // The quotes stage writes the copies itself; the trigger fills them for any other writer.
    await q.query(`CREATE TRIGGER quotes_article_refs BEFORE INSERT ON quotes FOR EACH ROW WHEN (NEW.article_date IS NULL) EXECUTE FUNCTION quote_article_refs()`);
    await q.query(`
      UPDATE quotes q SET article_title = a.title, article_source = a.source, article_date = coalesce(a.published_at, a.received_at)
      FROM articles a WHERE a.id = q.article_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER quotes_article_refs ON quotes`);
    await q.query(`DROP FUNCTION quote_article_refs()`);
    await q.query(`ALTER TABLE quotes DROP COLUMN article_date, DROP COLUMN article_source, DROP COLUMN article_title`);
  }
}
