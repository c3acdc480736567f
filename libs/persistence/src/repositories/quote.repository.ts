import { DataSource, EntityManager } from 'typeorm';
import { Quote, quoteAnchors, quoteGroupKey, sameStatement } from '@newsflow/nlp';
import { LOCK_NAMESPACES, stripeLockKeys } from './advisory-locks';
import { LockedArticles, requireStored } from './stored-articles';

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

/** What quotes_prepare returns (the speaker arrays are null when empty). */
interface PreparedQuotes extends LockedArticles {
  speaker_article_ids: string[] | null;
  speaker_names: string[] | null;
  speaker_entity_ids: string[] | null;
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

  /**
   * Returns the articles stored: those neither superseded nor retracted meanwhile. Three round trips inside
   * the transaction: quotes_prepare (locks, deletes the earlier quotes, reads the speakers' entities),
   * quotes_candidates (the anchors' locks and stored statements), quotes_store.
   */
  async storeQuotesBatch(batch: ArticleQuotes[], stageVersion: string): Promise<Set<string>> {
    // A message redelivered into the batch that holds its first delivery: one copy is enough.
    const unique = [...new Map(batch.map((a) => [a.articleId, a])).values()];
    const requested = unique.map((a) => a.articleId);
    return this.db.transaction(async (tx) => {
      const [prepared]: PreparedQuotes[] = await tx.query(`SELECT * FROM quotes_prepare($1::char(32)[])`, [requested]);
      // Superseded or retracted meanwhile: no quotes, and the state stays as it is.
      const live = requireStored(requested, prepared, 'quotes');
      const articles = unique.filter((a) => live.has(a.articleId));
      const rows: QuoteRow[] = articles.flatMap((a) => a.quotes.map((q, ordinal) => ({ articleId: a.articleId, ordinal, q, anchors: [], speakerId: null, group: '' })));
      if (rows.length) {
        const entityOf = speakerEntities(prepared);
        for (const r of rows) {
          r.speakerId = r.q.speakerCanonical ? entityOf.get(`${r.articleId}:${r.q.speakerCanonical}`) ?? null : null;
          r.anchors = speakerAnchors(r.speakerId, r.q.text);
        }
        const candidates = byAnchor(await this.storedCandidates(tx, [...new Set(rows.flatMap((r) => r.anchors))], articles.length));
        for (const r of rows) {
          r.group = this.groupOf(r, candidates);
          for (const anchor of r.anchors) {
            const mine = { anchor, group_key: r.group, text: r.q.text, speaker_entity_id: r.speakerId, speaker_canonical: r.q.speakerCanonical, article_id: r.articleId };
            addTo(candidates, anchor, mine);
          }
        }
      }
      await this.store(tx, articles.map((a) => a.articleId), rows, stageVersion);
      return live;
    });
  }

  /** The stored statements sharing an anchor, after the anchors' locks (ascending, so racing replicas queue). */
  private async storedCandidates(tx: EntityManager, anchors: string[], articles: number): Promise<Candidate[]> {
    if (anchors.length === 0) return [];
    return tx.query(
      `SELECT c_anchor AS anchor, c_group_key AS group_key, c_text AS text, c_speaker_entity_id AS speaker_entity_id, c_speaker_canonical AS speaker_canonical
       FROM quotes_candidates($1::bigint[], $2::text[], $3::int, $4::int)`,
      [stripeLockKeys(LOCK_NAMESPACES.quotes, anchors), anchors, MAX_CANDIDATES, MAX_CANDIDATES * articles],
    );
  }

  /** The quotes with their anchors, then the articles' stage marks and completion. */
  private async store(tx: EntityManager, articleIds: string[], rows: QuoteRow[], stageVersion: string): Promise<void> {
    const col = <T>(f: (r: QuoteRow) => T) => rows.map(f);
    const anchors = rows.flatMap((r, i) => r.anchors.map((anchor) => [i + 1, anchor] as const));
    await tx.query(
      `SELECT quotes_store($1::char(32)[], $2, $3::char(32)[], $4::int[], $5::text[], $6::int[], $7::int[], $8::text[], $9::text[], $10::int[], $11::int[],
         $12::text[], $13::bigint[], $14::text[], $15::int[], $16::int[], $17::text[], $18::int[], $19::text[])`,
      [
        articleIds,
        stageVersion,
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
        anchors.map((a) => a[0]),
        anchors.map((a) => a[1]),
      ],
    );
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

/** Each article's speakers' entity ids, keyed `articleId:canonical`. */
function speakerEntities(p: PreparedQuotes): Map<string, string> {
  return new Map((p.speaker_article_ids ?? []).map((id, i) => [`${id}:${p.speaker_names![i]}`, p.speaker_entity_ids![i]]));
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
