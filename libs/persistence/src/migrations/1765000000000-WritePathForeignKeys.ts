import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foreign keys of mentions and quotes (to articles and to entities), and of entity aliases and link
 * keys (to entities), go: each checked every inserted row with a query of its own, about 200 an article,
 * which cost a third of those inserts. The stages check the same once per batch instead: requireStoredArticles locks the batch's articles, and the
 * entities stage locks every entity whose counters its mentions move (neither articles nor entities are
 * ever deleted by newsflow). Deleting an article by hand still removes its mentions and quotes, through
 * one statement-level trigger. Two indexes that repeated the leading columns of another also go.
 */
export class WritePathForeignKeys1765000000000 implements MigrationInterface {
  name = 'WritePathForeignKeys1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mentions DROP CONSTRAINT mentions_article_id_fkey, DROP CONSTRAINT mentions_entity_id_fkey`);
    await q.query(`ALTER TABLE quotes DROP CONSTRAINT quotes_article_id_fkey, DROP CONSTRAINT quotes_speaker_entity_id_fkey`);
    // Aliases and link keys are written with their entity, or for one the linking just read (entities are never deleted).
    await q.query(`ALTER TABLE entity_aliases DROP CONSTRAINT entity_aliases_entity_id_fkey`);
    await q.query(`ALTER TABLE entity_link_keys DROP CONSTRAINT entity_link_keys_entity_id_fkey`);
    await q.query(`
      CREATE FUNCTION articles_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM mentions m USING removed r WHERE m.article_id = r.id;
        DELETE FROM quotes q USING removed r WHERE q.article_id = r.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER articles_removed AFTER DELETE ON articles REFERENCING OLD TABLE AS removed
                   FOR EACH STATEMENT EXECUTE FUNCTION articles_removed()`);
    // Served by quotes_group_first (group_key, id), articles_source_date and articles_state_date.
    await q.query(`DROP INDEX quotes_group, articles_source, articles_state`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX quotes_group ON quotes (group_key)`);
    await q.query(`CREATE INDEX articles_source ON articles (lower(source))`);
    await q.query(`CREATE INDEX articles_state ON articles (state)`);
    await q.query(`DROP TRIGGER articles_removed ON articles`);
    await q.query(`DROP FUNCTION articles_removed()`);
    await q.query(`ALTER TABLE quotes ADD CONSTRAINT quotes_article_id_fkey FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE,
                   ADD CONSTRAINT quotes_speaker_entity_id_fkey FOREIGN KEY (speaker_entity_id) REFERENCES entities(id)`);
    await q.query(`ALTER TABLE entity_link_keys ADD CONSTRAINT entity_link_keys_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES entities(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE entity_aliases ADD CONSTRAINT entity_aliases_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES entities(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE mentions ADD CONSTRAINT mentions_article_id_fkey FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE,
                   ADD CONSTRAINT mentions_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES entities(id)`);
  }
}
