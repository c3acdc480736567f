import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quote anchors carry their speaker (`<speaker entity id>:<anchor>`, `u:<anchor>` when unresolved), so
 * grouping a statement looks up only its own speaker's earlier statements (QuoteRepository). Unscoped, a
 * common phrase's anchor returned up to 500 quotes by anyone, each read and compared.
 */
export class SpeakerScopedQuoteAnchors1765300000000 implements MigrationInterface {
  name = 'SpeakerScopedQuoteAnchors1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE quote_anchors qa SET anchor = coalesce(q.speaker_entity_id::text, 'u') || ':' || qa.anchor
      FROM quotes q WHERE q.id = qa.quote_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE quote_anchors SET anchor = split_part(anchor, ':', 2) WHERE anchor LIKE '%:%'`);
  }
}
