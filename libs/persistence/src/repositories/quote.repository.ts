import { DataSource, EntityManager } from 'typeorm';
import { Quote, quoteAnchors, quoteGroupKey, sameStatement } from '@newsflow/nlp';
import { sha256Hex } from '@newsflow/text';
import { lockKeyFromHex, lockKeys } from './advisory-locks';
import { markLastStageAndComplete } from './stage-status.repository';
import { ARTICLE_DATE } from '../queries/row-mappers';

/** Enough earlier quotes to find a statement's group; anchors shared by more are too common to help. */
const MAX_CANDIDATES = 500;

interface Candidate {
  anchor: string;
  group_key: string;
  text: string;
  speaker_entity_id: string | null;
  speaker_canonical: string | null;
}

/**
 * Stores an article's quotes (replacing any earlier run) and marks the article completed. A quote joins
 * the group of an earlier quote by the same speaker that states the same thing (verbatim or lightly
 * edited), so "what did X say" lists each statement once with all its sources.
 */
export class QuoteRepository {
  constructor(private readonly db: DataSource) {}

  async storeQuotes(articleId: string, quotes: Quote[], stageVersion: string): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM quotes WHERE article_id = $1`, [articleId]);
      if (quotes.length) {
        const entityOf = await this.speakerEntities(tx, articleId);
        const anchors = quotes.map((q) => quoteAnchors(q.text));
        const allAnchors = [...new Set(anchors.flat())];
        await lockKeys(tx, allAnchors.map((a) => lockKeyFromHex(sha256Hex(`quote:${a}`))));
        const candidates: Candidate[] = allAnchors.length
          ? await tx.query(
              `SELECT a.anchor, q.group_key, q.text, q.speaker_entity_id, q.speaker_canonical
               FROM unnest($1::text[]) AS k(anchor)
               CROSS JOIN LATERAL (SELECT anchor, quote_id FROM quote_anchors WHERE anchor = k.anchor LIMIT ${MAX_CANDIDATES}) a
               CROSS JOIN LATERAL (SELECT group_key, text, speaker_entity_id, speaker_canonical FROM quotes WHERE id = a.quote_id OFFSET 0) q
               LIMIT ${MAX_CANDIDATES}`,
              [allAnchors],
            )
          : [];
        const speakerIds = quotes.map((q) => (q.speakerCanonical ? entityOf.get(q.speakerCanonical) ?? null : null));
        const groups = quotes.map((q, i) => this.groupOf(q, speakerIds[i], anchors[i], candidates));
        const col = <T>(f: (q: Quote, i: number) => T) => quotes.map(f);
        const inserted: Array<{ id: string; ordinal: number }> = await tx.query(
          `INSERT INTO quotes (article_id, ordinal, text, start_offset, end_offset, kind, speaker_text, speaker_start, speaker_end,
             speaker_canonical, speaker_entity_id, cue_text, cue_start, cue_end, group_key, article_title, article_source, article_date)
           SELECT a.id, u.*, a.title, a.source, ${ARTICLE_DATE}
           FROM unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::int[], $9::int[],
             $10::text[], $11::bigint[], $12::text[], $13::int[], $14::int[], $15::text[]) AS u
           JOIN articles a ON a.id = $1
           RETURNING id, ordinal`,
          [
            articleId,
            col((_, i) => i),
            col((q) => q.text),
            col((q) => q.start),
            col((q) => q.end),
            col((q) => q.kind),
            col((q) => q.speaker?.text ?? null),
            col((q) => q.speaker?.start ?? null),
            col((q) => q.speaker?.end ?? null),
            col((q) => q.speakerCanonical),
            speakerIds,
            col((q) => q.cue?.text ?? null),
            col((q) => q.cue?.start ?? null),
            col((q) => q.cue?.end ?? null),
            groups,
          ],
        );
        if (inserted.length !== quotes.length) throw new Error(`article ${articleId} is not stored: its quotes cannot be`);
        const idOf = new Map(inserted.map((r) => [r.ordinal, r.id]));
        const pairs = anchors.flatMap((list, i) => list.map((a) => [a, idOf.get(i)!] as const));
        if (pairs.length) {
          await tx.query(`INSERT INTO quote_anchors (anchor, quote_id) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING`, [
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          ]);
        }
      }
      await markLastStageAndComplete(tx, articleId, 'quotes', stageVersion);
      return quotes.length;
    });
  }

  private async speakerEntities(tx: EntityManager, articleId: string): Promise<Map<string, string>> {
    const rows: Array<{ canonical: string; entity_id: string }> = await tx.query(
      `SELECT DISTINCT ON (canonical) canonical, entity_id FROM mentions WHERE article_id = $1 AND type IN ('PERSON', 'ORG', 'LOCATION')
       ORDER BY canonical, (type = 'PERSON') DESC`,
      [articleId],
    );
    return new Map(rows.map((r) => [r.canonical, r.entity_id]));
  }

  /** The group of an earlier matching statement by the same speaker, else a new group keyed by the text. */
  private groupOf(q: Quote, speakerId: string | null, anchors: string[], candidates: Candidate[]): string {
    const sameSpeaker = (c: Candidate) =>
      speakerId !== null ? c.speaker_entity_id === speakerId : c.speaker_entity_id === null && c.speaker_canonical === q.speakerCanonical;
    for (const c of candidates) {
      if (anchors.includes(c.anchor) && sameSpeaker(c) && sameStatement(q.text, c.text)) return c.group_key;
    }
    return `${quoteGroupKey(q.text)}-${speakerId ?? 'unresolved'}`;
  }
}
