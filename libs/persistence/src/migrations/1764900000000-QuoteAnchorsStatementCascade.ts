import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * quote_anchors loses its foreign key: its rows are written only by the quotes stage, in the statement
 * after their quotes, so the key always holds, yet it checked every anchor row (about 80 an article) with
 * a query of its own. Removing a quote still removes its anchors, through one statement-level trigger
 * (a redelivered article's replaced quotes, an article's deletion through the cascade from articles).
 */
export class QuoteAnchorsStatementCascade1764900000000 implements MigrationInterface {
  name = 'QuoteAnchorsStatementCascade1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quote_anchors DROP CONSTRAINT quote_anchors_quote_id_fkey`);
    await q.query(`
      CREATE FUNCTION quote_anchors_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- An article's first run deletes nothing before it inserts.
        IF NOT EXISTS (SELECT 1 FROM removed) THEN
          RETURN NULL;
        END IF;
        DELETE FROM quote_anchors qa USING removed r WHERE qa.quote_id = r.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER quotes_anchors_removed AFTER DELETE ON quotes REFERENCING OLD TABLE AS removed
                   FOR EACH STATEMENT EXECUTE FUNCTION quote_anchors_removed()`);
    await q.query(`DELETE FROM quote_anchors qa WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.id = qa.quote_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER quotes_anchors_removed ON quotes`);
    await q.query(`DROP FUNCTION quote_anchors_removed()`);
    await q.query(`ALTER TABLE quote_anchors ADD CONSTRAINT quote_anchors_quote_id_fkey FOREIGN KEY (quote_id) REFERENCES quotes(id) ON DELETE CASCADE`);
  }
}
