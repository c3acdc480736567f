import { DataSource } from 'typeorm';
import { Page, PageTotal, QuoteGroup, QuoteItem, QuoteKind, QuoteSearchQuery, SpeakerQuotes } from '@newsflow/contracts';
import { quotesBySpeaker, tsqueryOf } from './article-filters';
import { RELEVANCE_WINDOW } from './article-search.query';
import { preparedQuery } from './prepared-query';
import { decodeCursor, encodeCursor, toPage } from './cursor';
import { entityIdsNamed } from './name-match';
import { dateRangeConditions, iso } from './row-mappers';
import { SqlParams, sourceIs, where } from './sql-params';
import { cappedCountSql, countTotal, pageTotal } from './total';

export type QuoteSearch = Omit<QuoteSearchQuery, 'limit' | 'group'> & { limit: number; speakerEntityId?: string };
/** The filters of a quote list or export, without paging or sorting. */
export type QuoteFilters = Omit<QuoteSearch, 'limit' | 'cursor' | 'sort'>;

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
  /** false for an undated article, whose date is when it was received. */
  dated: boolean | null;
}

/** The quote's copy of its article's date (see the QuoteArticleRefs migration): quote pages never read articles. */
const QUOTE_ARTICLE_DATE = 'q.article_date';

export const QUOTE_COLUMNS = `q.id, q.text, q.start_offset, q.end_offset, q.kind, q.speaker_text, q.speaker_canonical, q.speaker_entity_id, q.group_key,
  q.article_id, q.article_title AS title, q.article_source AS source, ${QUOTE_ARTICLE_DATE} AS date, q.article_dated AS dated`;
/** A group member: only what a group shows of it. */
type GroupMemberRow = Pick<QuoteRowWithArticle, 'id' | 'text' | 'kind' | 'speaker_canonical' | 'speaker_entity_id' | 'article_id' | 'title' | 'source' | 'date' | 'dated'>;

/**
 * A group member's columns for json_agg, bigint ids as text so JSON cannot round them. Only the columns
 * toGroup reads: every other one would be written to JSON by PostgreSQL and parsed again in Node.
 */
const GROUP_MEMBER_JSON_COLUMNS = `q.id::text AS id, q.text, q.kind, q.speaker_canonical, q.speaker_entity_id::text AS speaker_entity_id,
  q.article_id, q.article_title AS title, q.article_source AS source, ${QUOTE_ARTICLE_DATE} AS date, q.article_dated AS dated`;

/**
 * Quotes, one by one (newest article first, or by relevance to q) or grouped by statement (each once,
 * with all its sources). Relevance, as for articles, ranks the RELEVANCE_WINDOW newest matches.
 */
export class QuoteQueries {
  constructor(private readonly db: DataSource) {}

  async search(query: QuoteSearch): Promise<Page<QuoteItem>> {
    const relevance = (query.sort ?? (query.q ? 'relevance' : 'date')) === 'relevance' && !!query.q;
    const cap = relevance ? RELEVANCE_WINDOW : undefined;
    const p = new SqlParams();
    const conditions = quoteConditions(p, query);
    const limit = p.add(query.limit + 1);
    let sql: string;
    if (relevance) {
      const cursor: string[] = [];
      if (query.cursor) {
        const [rankKey, id] = decodeCursor(query.cursor, 'quote-rank', ['string', 'string']);
        cursor.push(`(c.rank, c.id) < (${p.add(rankKey)}::real, ${p.add(id)}::bigint)`);
      }
      // One match past the window says there are more; the window's own count is then the total (as for articles).
      sql = `WITH candidates AS (
               SELECT ${QUOTE_COLUMNS}, ts_rank_cd(q.search, ${tsqueryOf(p, query.q!)}) AS rank, ${QUOTE_ARTICLE_DATE} AS window_date FROM quotes q ${where(conditions)}
               ORDER BY ${QUOTE_ARTICLE_DATE} DESC, q.id DESC LIMIT ${RELEVANCE_WINDOW + 1}
             )
             SELECT c.*, c.rank::text AS sort_key, (SELECT count(*)::int FROM candidates) AS window_total
             FROM (SELECT * FROM candidates ORDER BY window_date DESC, id DESC LIMIT ${RELEVANCE_WINDOW}) c
             ${where(cursor)} ORDER BY c.rank DESC, c.id DESC LIMIT ${limit}`;
    } else {
      if (query.cursor) {
        const [dateKey, id] = decodeCursor(query.cursor, 'quote-date', ['string', 'string']);
        conditions.push(`(${QUOTE_ARTICLE_DATE}, q.id) < (${p.add(dateKey)}::timestamptz, ${p.add(id)}::bigint)`);
      }
      sql = `SELECT ${QUOTE_COLUMNS}, ${QUOTE_ARTICLE_DATE}::text AS sort_key FROM quotes q ${where(conditions)}
             ORDER BY ${QUOTE_ARTICLE_DATE} DESC, q.id DESC LIMIT ${limit}`;
    }
    const counted = () => countTotal(this.db, (c) => `FROM quotes q ${where(quoteConditions(c, query))}`, { cap, order: query.q ? `${QUOTE_ARTICLE_DATE} DESC, q.id DESC` : undefined });
    const page = this.db.query(sql, p.values) as Promise<Array<QuoteRowWithArticle & { sort_key: string; window_total?: number }>>;
    const [rows, listTotal] = await Promise.all([page, relevance ? null : counted()]);
    // A relevance page past its window's last match (the cursor's rows gone) counts on its own.
    const total = listTotal ?? (rows.length ? pageTotal(rows[0].window_total!, cap) : await counted());
    return toPage(rows, query.limit, toQuoteItem, (r) => encodeCursor(relevance ? 'quote-rank' : 'quote-date', [r.sort_key, String(r.id)]), total);
  }

  /** Statements (quote groups), newest first; see groupedSql. */
  async searchGrouped(query: QuoteSearch): Promise<Page<QuoteGroup>> {
    const p = new SqlParams();
    const sql = this.groupedSql(p, query);
    // Text and name filters keep per-value plans; id and date filters plan the same for every value.
    const [groups, total] = await Promise.all([
      (query.q || query.speaker || query.about ? this.db.query(sql, p.values) : preparedQuery(this.db, sql, p.values)) as Promise<GroupRow[]>,
      countTotal(this.db, (c) => statementsOf(c, query)),
    ]);
    return toGroupPage(groups, query.limit, total);
  }

  /** What one speaker said, grouped, with the speaker, in one round trip; null for an unknown entity. */
  async bySpeaker(speakerId: string, query: Omit<QuoteSearch, 'speakerEntityId'>): Promise<{ speaker: SpeakerQuotes['speaker']; page: Page<QuoteGroup> } | null> {
    const p = new SqlParams();
    const groups = this.groupedSql(p, { ...query, speakerEntityId: speakerId });
    // The speaker's statement count rides along, so the page stays one round trip.
    const counted = cappedCountSql(statementsOf(p, { ...query, speakerEntityId: speakerId }));
    const rows: Array<GroupRow & { entity_id: string; canonical: string; type: string; total: number }> = await preparedQuery(
      this.db,
      `SELECT e.id::text AS entity_id, e.canonical, e.type, t.n AS total, g.group_key, g.latest_id, g.members
       FROM entities e CROSS JOIN LATERAL (${counted}) t LEFT JOIN LATERAL (${groups}) g ON true WHERE e.id = ${p.add(speakerId)}
       ORDER BY g.latest_id DESC NULLS LAST`,
      p.values,
    );
    if (rows.length === 0) return null;
    const speaker = { id: rows[0].entity_id, canonical: rows[0].canonical, type: rows[0].type };
    return { speaker, page: toGroupPage(rows[0].group_key === null ? [] : rows, query.limit, pageTotal(rows[0].total)) };
  }

  /**
   * Statements ordered by their latest quote, newest first, as SQL over `p`. A statement quoted again
   * while a client pages moves to the front (and is not repeated on later pages).
   */
  private groupedSql(p: SqlParams, query: QuoteSearch): string {
    const conditions = quoteConditions(p, query);
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
}

/** Conditions on `quotes q` for the filters GET /quotes and GET /export/quotes share. */
export function quoteConditions(p: SqlParams, query: QuoteFilters): string[] {
  const conditions: string[] = [];
  if (query.q) conditions.push(`q.search @@ ${tsqueryOf(p, query.q)}`);
  if (query.speaker) conditions.push(`q.id IN ${quotesBySpeaker(p, query.speaker, 'id')}`);
  if (query.speakerEntityId) conditions.push(`q.speaker_entity_id = ${p.add(query.speakerEntityId)}`);
  if (query.article) conditions.push(`q.article_id = ${p.add(query.article)}`);
  if (query.about) conditions.push(`q.id IN ${quotesAbout(p, query.about)}`);
  if (query.kind?.length) conditions.push(`q.kind = ANY(${p.add(query.kind)}::text[])`);
  if (query.source) conditions.push(sourceIs('q.article_source', p.add(query.source)));
  const range = dateRangeConditions(p, QUOTE_ARTICLE_DATE, query);
  // An undated article is in no date range, as in article lists (its date here is when it was received).
  if (range.length) conditions.push(...range, 'q.article_dated IS NOT FALSE');
  return conditions;
}

/** Ids of the quotes whose quoted words hold a mention of the entity (its offsets inside the quote's span). */
function quotesAbout(p: SqlParams, entity: string): string {
  return `(SELECT aq.id FROM mentions m
           JOIN quotes aq ON aq.article_id = m.article_id AND m.start_offset >= aq.start_offset AND m.end_offset <= aq.end_offset
           WHERE m.entity_id IN ${entityIdsNamed(p, entity, { byId: true })})`;
}

/** FROM the distinct statements (group keys) of the matching quotes, for counting them. */
function statementsOf(p: SqlParams, query: QuoteFilters): string {
  return `FROM (SELECT DISTINCT q.group_key FROM quotes q ${where(quoteConditions(p, query))}) statements`;
}

interface GroupRow {
  group_key: string;
  latest_id: string;
  members: GroupMemberRow[] | null;
}

function toGroupPage(groups: GroupRow[], limit: number, total: PageTotal): Page<QuoteGroup> {
  return toPage(groups, limit, (g) => toGroup(g.group_key, g.members ?? []), (g) => encodeCursor('group', [String(g.latest_id)]), total);
}

const dateKind = (r: GroupMemberRow): 'published' | 'received' => (r.dated === false ? 'received' : 'published');

function articleRef(r: GroupMemberRow) {
  return { articleId: r.article_id, title: r.title, source: r.source, date: iso(r.date), dateKind: dateKind(r) };
}

export function toQuoteItem(r: QuoteRowWithArticle): QuoteItem {
  return {
    id: String(r.id),
    text: r.text,
    start: r.start_offset,
    end: r.end_offset,
    kind: r.kind as QuoteKind,
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
    kind: (members[0]?.kind ?? 'indirect') as QuoteKind,
    speakerCanonical: speaker?.speaker_canonical ?? null,
    speakerEntityId: speaker?.speaker_entity_id == null ? null : String(speaker.speaker_entity_id),
    count: members.length,
    // One source per article, its first wording: a pull quote repeating a line of its own article is not a second source.
    // A literal, not a spread of articleRef: the same keys in the same order, built without copying.
    sources: firstPerArticle(members).map((m) => ({ articleId: m.article_id, title: m.title, source: m.source, date: iso(m.date), dateKind: dateKind(m), quoteId: String(m.id), text: m.text, kind: m.kind as QuoteKind })),
  };
}

/** Members come ordered by quote id, so the first of an article is its earliest stored quote. */
function firstPerArticle(members: GroupMemberRow[]): GroupMemberRow[] {
  const seen = new Set<string>();
  return members.filter((m) => {
    if (seen.has(m.article_id)) return false;
    seen.add(m.article_id);
    return true;
  });
}
