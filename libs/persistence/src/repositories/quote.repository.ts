import { DataSource, EntityManager } from 'typeorm';
import { Quote, quoteAnchors, quoteGroupKey, sameStatement } from '@newsflow/nlp';
import { LOCK_NAMESPACES, lockKeys } from './advisory-locks';
import { markLastStageAndComplete } from './stage-status.repository';
import { requireStoredArticles, supersededVersionsOf } from './stored-articles';
import { ARTICLE_SHOWN_DATE } from '../queries/row-mappers';

/** Enough earlier quotes to find a statement's group; anchors shared by more are too common to help. */
const MAX_CANDIDATES = 500;

interface Candidate {
  anchor: string;
  group_key: string;
  text: string;
  speaker_entity_id: string | null;
  speaker_canonical: string | null;
  /** Set for quotes of the batch itself: a statement is not grouped with another of its own article. */
  article_id?: string;
}

export interface ArticleQuotes {
  articleId: string;
  quotes: Quote[];
}

interface QuoteRow {
  articleId: string;
  ordinal: number;
  q: Quote;
  anchors: string[];
  speakerId: string | null;
  group: string;
}

/**
 * Stores articles' quotes (replacing any earlier run) and marks the articles completed: a batch of
 * articles in one transaction, one statement per table. A quote joins the group of an earlier quote by
 * the same speaker that states the same thing (verbatim or lightly edited), whether stored before or
 * earlier in the batch, so "what did X say" lists each statement once with all its sources.
 */
export class QuoteRepository {
  constructor(private readonly db: DataSource) {}

  async storeQuotes(articleId: string, quotes: Quote[], stageVersion: string): Promise<number> {
    await this.storeQuotesBatch([{ articleId, quotes }], stageVersion);
    return quotes.length;
  }

  /** Returns the articles stored: those neither superseded nor retracted meanwhile. */
  async storeQuotesBatch(batch: ArticleQuotes[], stageVersion: string): Promise<Set<string>> {
    // A message redelivered into the batch that holds its first delivery: one copy is enough.
    const unique = [...new Map(batch.map((a) => [a.articleId, a])).values()];
    return this.db.transaction(async (tx) => {
      // Superseded or retracted meanwhile: no quotes, and the state stays as it is.
      const live = await requireStoredArticles(tx, unique.map((a) => a.articleId), 'quotes');
      const articles = unique.filter((a) => live.has(a.articleId));
      const articleIds = articles.map((a) => a.articleId);
      const rows: QuoteRow[] = articles.flatMap((a) => a.quotes.map((q, ordinal) => ({ articleId: a.articleId, ordinal, q, anchors: [], speakerId: null, group: '' })));
      // Earlier quotes of the articles, and those of the versions they correct, are replaced.
      await tx.query(`DELETE FROM quotes WHERE article_id = ANY($1::char(32)[])`, [[...articleIds, ...(await supersededVersionsOf(tx, articleIds))]]);
      if (rows.length) {
        const entityOf = await this.speakerEntities(tx, articleIds);
        for (const r of rows) {
          r.speakerId = r.q.speakerCanonical ? entityOf.get(`${r.articleId}:${r.q.speakerCanonical}`) ?? null : null;
          r.anchors = speakerAnchors(r.speakerId, r.q.text);
        }
        const allAnchors = [...new Set(rows.flatMap((r) => r.anchors))];
        await lockKeys(tx, LOCK_NAMESPACES.quotes, allAnchors);
        const candidates = byAnchor(await this.storedCandidates(tx, allAnchors, articles.length));
        for (const r of rows) {
          r.group = this.groupOf(r, candidates);
          for (const anchor of r.anchors) {
            const mine = { anchor, group_key: r.group, text: r.q.text, speaker_entity_id: r.speakerId, speaker_canonical: r.q.speakerCanonical, article_id: r.articleId };
            addTo(candidates, anchor, mine);
          }
        }
        await this.insert(tx, rows);
      }
      await markLastStageAndComplete(tx, articleIds, 'quotes', stageVersion);
      return live;
    });
  }

  private async storedCandidates(tx: EntityManager, anchors: string[], articles: number): Promise<Candidate[]> {
    if (anchors.length === 0) return [];
    return tx.query(
      `SELECT a.anchor, q.group_key, q.text, q.speaker_entity_id, q.speaker_canonical
       FROM unnest($1::text[]) AS k(anchor)
       CROSS JOIN LATERAL (SELECT anchor, quote_id FROM quote_anchors WHERE anchor = k.anchor LIMIT ${MAX_CANDIDATES}) a
       CROSS JOIN LATERAL (SELECT group_key, text, speaker_entity_id, speaker_canonical FROM quotes WHERE id = a.quote_id OFFSET 0) q
       LIMIT $2`,
      [anchors, MAX_CANDIDATES * articles],
    );
  }

  private async insert(tx: EntityManager, rows: QuoteRow[]): Promise<void> {
    const col = <T>(f: (r: QuoteRow) => T) => rows.map(f);
    const inserted: Array<{ id: string; article_id: string; ordinal: number }> = await tx.query(
      `INSERT INTO quotes (article_id, ordinal, text, start_offset, end_offset, kind, speaker_text, speaker_start, speaker_end,
         speaker_canonical, speaker_entity_id, cue_text, cue_start, cue_end, group_key, article_title, article_source, article_date, article_dated)
       SELECT u.*, a.title, a.source, ${ARTICLE_SHOWN_DATE}, a.published_at IS NOT NULL
       FROM unnest($1::char(32)[], $2::int[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::int[], $9::int[],
         $10::text[], $11::bigint[], $12::text[], $13::int[], $14::int[], $15::text[])
         AS u(article_id, ordinal, text, start_offset, end_offset, kind, speaker_text, speaker_start, speaker_end,
           speaker_canonical, speaker_entity_id, cue_text, cue_start, cue_end, group_key)
       JOIN articles a ON a.id = u.article_id
       RETURNING id, article_id, ordinal`,
      [
        col((r) => r.articleId),
        col((r) => r.ordinal),
        col((r) => r.q.text),
        col((r) => r.q.start),
        col((r) => r.q.end),
        col((r) => r.q.kind),
        col((r) => r.q.speaker?.text ?? null),
        col((r) => r.q.speaker?.start ?? null),
        col((r) => r.q.speaker?.end ?? null),
        col((r) => r.q.speakerCanonical),
        col((r) => r.speakerId),
        col((r) => r.q.cue?.text ?? null),
        col((r) => r.q.cue?.start ?? null),
        col((r) => r.q.cue?.end ?? null),
        col((r) => r.group),
      ],
    );
    const idOf = new Map(inserted.map((r) => [`${r.article_id}:${r.ordinal}`, r.id]));
    const pairs = rows.flatMap((r) => r.anchors.map((a) => [a, idOf.get(`${r.articleId}:${r.ordinal}`)!] as const));
    if (pairs.length === 0) return;
    // The quotes are new rows and quoteAnchors gives distinct anchors: no pair can exist yet.
    await tx.query(`INSERT INTO quote_anchors (anchor, quote_id) SELECT * FROM unnest($1::text[], $2::bigint[])`, [
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
    ]);
  }

  /** Each article's speakers' entity ids, keyed `articleId:canonical` (a PERSON wins over another type of the same name). */
  private async speakerEntities(tx: EntityManager, articleIds: string[]): Promise<Map<string, string>> {
    const rows: Array<{ article_id: string; canonical: string; entity_id: string }> = await tx.query(
      `SELECT DISTINCT ON (article_id, canonical) article_id, canonical, entity_id FROM mentions
       WHERE article_id = ANY($1::char(32)[]) AND type IN ('PERSON', 'ORG', 'LOCATION')
       ORDER BY article_id, canonical, (type = 'PERSON') DESC`,
      [articleIds],
    );
    return new Map(rows.map((r) => [`${r.article_id}:${r.canonical}`, r.entity_id]));
  }

  /** The group of an earlier matching statement by the same speaker, else a new group keyed by the text. */
  private groupOf({ q, speakerId, anchors, articleId }: QuoteRow, candidates: Map<string, Candidate[]>): string {
    const sameSpeaker = (c: Candidate) =>
      speakerId !== null ? c.speaker_entity_id === speakerId : c.speaker_entity_id === null && c.speaker_canonical === q.speakerCanonical;
    for (const anchor of anchors) {
      for (const c of candidates.get(anchor) ?? []) {
        if (c.article_id !== articleId && sameSpeaker(c) && sameStatement(q.text, c.text)) return c.group_key;
      }
    }
    return `${quoteGroupKey(q.text)}-${speakerId ?? 'unresolved'}`;
  }
}

/**
 * A statement's anchors scoped to its speaker (`<entity id>:<anchor>`, `u:<anchor>` when unresolved):
 * only the same speaker's statements can share a group, so only theirs are looked up and compared.
 * Unscoped, a common phrase's anchor brought back up to 500 other speakers' quotes for each statement.
 */
function speakerAnchors(speakerId: string | null, text: string): string[] {
  const scope = speakerId ?? 'u';
  return quoteAnchors(text).map((a) => `${scope}:${a}`);
}

function byAnchor(candidates: Candidate[]): Map<string, Candidate[]> {
  const map = new Map<string, Candidate[]>();
  for (const c of candidates) addTo(map, c.anchor, c);
  return map;
}

function addTo(map: Map<string, Candidate[]>, anchor: string, c: Candidate): void {
  const list = map.get(anchor);
  if (list) list.push(c);
  else map.set(anchor, [c]);
}
