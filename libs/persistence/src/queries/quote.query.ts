import { DataSource } from 'typeorm';
import { Page, QuoteGroup, QuoteItem, QuoteSearchQuery, SpeakerQuotes } from '@newsflow/contracts';
import { quotesBySpeaker } from './article-filters';
import { preparedQuery } from './prepared-query';
import { decodeCursor, encodeCursor, toPage } from './cursor';
import { dateRangeConditions, iso } from './row-mappers';
import { SqlParams, where } from './sql-params';

export type QuoteSearch = Omit<QuoteSearchQuery, 'limit' | 'group'> & { limit: number; speakerEntityId?: string };

export interface QuoteRowWithArticle {
  id: string;
  text: string;
  start_offset: number;
  end_offset: number;
  kind: string;
  speaker_text: string | null;
  speaker_canonical: string | null;
  speaker_entity_id: string | null;
  group_key: string;
  article_id: string;
  title: string | null;
  source: string | null;
  date: Date | string;
}

/** The quote's copy of its article's date (see the QuoteArticleRefs migration): quote pages never read articles. */
const QUOTE_ARTICLE_DATE = 'q.article_date';

export const QUOTE_COLUMNS = `q.id, q.text, q.start_offset, q.end_offset, q.kind, q.speaker_text, q.speaker_canonical, q.speaker_entity_id, q.group_key,
  q.article_id, q.article_title AS title, q.article_source AS source, ${QUOTE_ARTICLE_DATE} AS date`;
/** A group member: only what a group shows of it. */
type GroupMemberRow = Pick<QuoteRowWithArticle, 'id' | 'text' | 'speaker_canonical' | 'speaker_entity_id' | 'article_id' | 'title' | 'source' | 'date'>;

/**
 * A group member's columns for json_agg, bigint ids as text so JSON cannot round them. Only the columns
 * toGroup reads: every other one would be written to JSON by PostgreSQL and parsed again in Node.
 */
const GROUP_MEMBER_JSON_COLUMNS = `q.id::text AS id, q.text, q.speaker_canonical, q.speaker_entity_id::text AS speaker_entity_id,
  q.article_id, q.article_title AS title, q.article_source AS source, ${QUOTE_ARTICLE_DATE} AS date`;

/** Quotes, one by one (newest stored first) or grouped by statement (each once, with all its sources). */
export class QuoteQueries {
  constructor(private readonly db: DataSource) {}

  async search(query: QuoteSearch): Promise<Page<QuoteItem>> {
    const p = new SqlParams();
    const conditions = this.filters(p, query);
    if (query.cursor) conditions.push(`q.id < ${p.add(decodeCursor(query.cursor, 'quote', ['string'])[0])}::bigint`);
    const rows: QuoteRowWithArticle[] = await this.db.query(
      `SELECT ${QUOTE_COLUMNS} FROM quotes q ${where(conditions)}
       ORDER BY q.id DESC LIMIT ${p.add(query.limit + 1)}`,
      p.values,
    );
    return toPage(rows, query.limit, toQuoteItem, (r) => encodeCursor('quote', [String(r.id)]));
  }

  /** Statements (quote groups), newest first; see groupedSql. */
  async searchGrouped(query: QuoteSearch): Promise<Page<QuoteGroup>> {
    const p = new SqlParams();
    const sql = this.groupedSql(p, query);
    // Text and name filters keep per-value plans; id and date filters plan the same for every value.
    const groups: GroupRow[] = query.q || query.speaker ? await this.db.query(sql, p.values) : await preparedQuery(this.db, sql, p.values);
    return toGroupPage(groups, query.limit);
  }

  /** What one speaker said, grouped, with the speaker, in one round trip; null for an unknown entity. */
  async bySpeaker(speakerId: string, query: Omit<QuoteSearch, 'speakerEntityId'>): Promise<{ speaker: SpeakerQuotes['speaker']; page: Page<QuoteGroup> } | null> {
    const p = new SqlParams();
    const groups = this.groupedSql(p, { ...query, speakerEntityId: speakerId });
    const rows: Array<GroupRow & { entity_id: string; canonical: string; type: string }> = await preparedQuery(
      this.db,
      `SELECT e.id::text AS entity_id, e.canonical, e.type, g.group_key, g.latest_id, g.members
       FROM entities e LEFT JOIN LATERAL (${groups}) g ON true WHERE e.id = ${p.add(speakerId)}
       ORDER BY g.latest_id DESC NULLS LAST`,
      p.values,
    );
    if (rows.length === 0) return null;
    const speaker = { id: rows[0].entity_id, canonical: rows[0].canonical, type: rows[0].type };
    return { speaker, page: toGroupPage(rows[0].group_key === null ? [] : rows, query.limit) };
  }

  /**
   * Statements ordered by their latest quote, newest first, as SQL over `p`. A statement quoted again
   * while a client pages moves to the front (and is not repeated on later pages).
   */
  private groupedSql(p: SqlParams, query: QuoteSearch): string {
    const conditions = this.filters(p, query);
    const after = query.cursor ? p.add(decodeCursor(query.cursor, 'group', ['string'])[0]) : null;
    const limit = p.add(query.limit + 1);
    const shown = p.add(query.limit);
    // Unfiltered, a group is found through its latest quote (walking quotes_pkey backwards) instead of grouping every quote.
    const groupsSql = conditions.length
      ? `SELECT q.group_key, max(q.id) AS latest_id FROM quotes q ${where(conditions)}
         GROUP BY q.group_key ${after ? `HAVING max(q.id) < ${after}::bigint` : ''} ORDER BY latest_id DESC LIMIT ${limit}`
      : `SELECT q.group_key, q.id AS latest_id FROM quotes q
         WHERE NOT EXISTS (SELECT 1 FROM quotes e WHERE e.group_key = q.group_key AND e.id > q.id) ${after ? `AND q.id < ${after}::bigint` : ''}
         ORDER BY q.id DESC LIMIT ${limit}`;
    // The page's groups with their members as JSON; the extra row only says whether another page exists.
    return `SELECT g.group_key, g.latest_id,
                   CASE WHEN row_number() OVER (ORDER BY g.latest_id DESC) <= ${shown} THEN (
                     SELECT json_agg(m ORDER BY m.id::bigint) FROM (
                       SELECT ${GROUP_MEMBER_JSON_COLUMNS} FROM quotes q WHERE q.group_key = g.group_key) m)
                   END AS members
            FROM (${groupsSql}) g ORDER BY g.latest_id DESC`;
  }

  private filters(p: SqlParams, query: QuoteSearch): string[] {
    const conditions: string[] = [];
    if (query.q) conditions.push(`q.search @@ websearch_to_tsquery('english', ${p.add(query.q)})`);
    if (query.speaker) conditions.push(`q.id IN ${quotesBySpeaker(p, query.speaker, 'id')}`);
    if (query.speakerEntityId) conditions.push(`q.speaker_entity_id = ${p.add(query.speakerEntityId)}`);
    if (query.article) conditions.push(`q.article_id = ${p.add(query.article)}`);
    conditions.push(...dateRangeConditions(p, QUOTE_ARTICLE_DATE, query));
    return conditions;
  }
}

interface GroupRow {
  group_key: string;
  latest_id: string;
  members: GroupMemberRow[] | null;
}

function toGroupPage(groups: GroupRow[], limit: number): Page<QuoteGroup> {
  return toPage(groups, limit, (g) => toGroup(g.group_key, g.members ?? []), (g) => encodeCursor('group', [String(g.latest_id)]));
}

function articleRef(r: GroupMemberRow) {
  return { articleId: r.article_id, title: r.title, source: r.source, date: iso(r.date) };
}

export function toQuoteItem(r: QuoteRowWithArticle): QuoteItem {
  return {
    id: String(r.id),
    text: r.text,
    start: r.start_offset,
    end: r.end_offset,
    kind: r.kind,
    speakerText: r.speaker_text,
    speakerCanonical: r.speaker_canonical,
    speakerEntityId: r.speaker_entity_id === null ? null : String(r.speaker_entity_id),
    groupKey: r.group_key,
    article: articleRef(r),
  };
}

function toGroup(groupKey: string, members: GroupMemberRow[]): QuoteGroup {
  const speaker = members.find((m) => m.speaker_canonical !== null);
  return {
    groupKey,
    text: members[0]?.text ?? '',
    speakerCanonical: speaker?.speaker_canonical ?? null,
    speakerEntityId: speaker?.speaker_entity_id == null ? null : String(speaker.speaker_entity_id),
    count: members.length,
    // A literal, not a spread of articleRef: the same keys in the same order, built without copying.
    sources: members.map((m) => ({ articleId: m.article_id, title: m.title, source: m.source, date: iso(m.date), quoteId: String(m.id), text: m.text })),
  };
}
