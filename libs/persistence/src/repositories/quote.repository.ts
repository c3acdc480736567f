import { DataSource } from 'typeorm';
import { Quote } from '@newsflow/nlp';
import { markStage } from './stage-status.repository';

export type GroupedQuote = Quote & { groupKey: string };

/** Stores an article's quotes (replacing any earlier run) and marks the article completed. */
export class QuoteRepository {
  constructor(private readonly db: DataSource) {}

  async storeQuotes(articleId: string, quotes: GroupedQuote[], stageVersion: string): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM quotes WHERE article_id = $1`, [articleId]);
      if (quotes.length) {
        const speakers: Array<{ canonical: string; entity_id: string }> = await tx.query(
          `SELECT DISTINCT ON (canonical) canonical, entity_id FROM mentions WHERE article_id = $1 AND type IN ('PERSON', 'ORG', 'LOCATION')
           ORDER BY canonical, (type = 'PERSON') DESC`,
          [articleId],
        );
        const entityOf = new Map(speakers.map((s) => [s.canonical, s.entity_id]));
        const col = <T>(f: (q: GroupedQuote) => T) => quotes.map(f);
        await tx.query(
          `INSERT INTO quotes (article_id, ordinal, text, start_offset, end_offset, kind, speaker_text, speaker_start, speaker_end,
             speaker_canonical, speaker_entity_id, cue_text, cue_start, cue_end, group_key)
           SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::int[], $9::int[],
             $10::text[], $11::bigint[], $12::text[], $13::int[], $14::int[], $15::text[])`,
          [
            articleId,
            quotes.map((_, i) => i),
            col((q) => q.text),
            col((q) => q.start),
            col((q) => q.end),
            col((q) => q.kind),
            col((q) => q.speaker?.text ?? null),
            col((q) => q.speaker?.start ?? null),
            col((q) => q.speaker?.end ?? null),
            col((q) => q.speakerCanonical),
            col((q) => (q.speakerCanonical ? entityOf.get(q.speakerCanonical) ?? null : null)),
            col((q) => q.cue?.text ?? null),
            col((q) => q.cue?.start ?? null),
            col((q) => q.cue?.end ?? null),
            col((q) => q.groupKey),
          ],
        );
      }
      await tx.query(`UPDATE articles SET state = 'completed', completed_at = coalesce(completed_at, now()) WHERE id = $1`, [articleId]);
      await markStage(tx, articleId, 'quotes', stageVersion);
      return quotes.length;
    });
  }
}
