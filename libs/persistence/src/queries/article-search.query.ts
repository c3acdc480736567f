import { DataSource } from 'typeorm';
import { ArticleSearchQuery, ArticleSummary, Page } from '@newsflow/contracts';
import { decodeCursor, encodeCursor, toPage } from './cursor';
import { entityIdsByAlias, quotesBySpeaker } from './article-filters';
import { ARTICLE_DATE, HIGHLIGHT_START, HIGHLIGHT_STOP, dateRangeConditions, iso, isoOrNull, parseHeadline } from './row-mappers';
import { SqlParams, where } from './sql-params';

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const LEAD_CHARS = 240;
/** Snippets are highlighted within this many characters around the first hit: ts_headline parses all it is given. */
const SNIPPET_WINDOW = { before: 400, length: 1600 };

/** Relevance ranks the newest matches only (see search()). */
export const RELEVANCE_WINDOW = 1000;

export type ArticleSearch = Omit<ArticleSearchQuery, 'limit'> & { limit: number; entityId?: string };

/** An article summary row; dates are strings when the row comes through json_agg. */
export interface SummaryRow {
  id: string;
  date: Date | string;
  rank: number | null;
  title: string | null;
  source: string | null;
  url: string | null;
  path: string;
  published_at: Date | string | null;
  received_at: Date | string;
  state: ArticleSummary['state'];
  duplicate_of: string | null;
  snippet: string;
}

interface SearchRow extends SummaryRow {
  date_key: string;
  rank_key: string | null;
}

/** Summary columns of `articles a` with the lead of the body as snippet, for pages chosen by another query. */
export const LEAD_SUMMARY_COLUMNS = `a.id, ${ARTICLE_DATE} AS date, NULL::real AS rank, a.title, a.source, a.url, a.path, a.published_at, a.received_at,
  a.state, a.duplicate_of, left(a.body, ${LEAD_CHARS}) AS snippet`;

/**
 * Article search with keyset pagination. The page is chosen first (ids and sort keys only, so the planner
 * can walk an index), then only that page is joined for columns and ts_headline snippets. Relevance ranks
 * the RELEVANCE_WINDOW newest matches, so its pages can shift when many newer matches arrive meanwhile.
 */
export class ArticleSearchQueries {
  constructor(private readonly db: DataSource) {}

  async search(query: ArticleSearch): Promise<Page<ArticleSummary>> {
    const p = new SqlParams();
    const sort = query.sort ?? (query.q ? 'relevance' : 'date');
    const conditions: string[] = [];
    const tsquery = query.q ? `websearch_to_tsquery('english', ${p.add(query.q)})` : null;
    if (tsquery) conditions.push(`a.search @@ ${tsquery}`);
    if (query.entity) conditions.push(`a.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN ${entityIdsByAlias(p, query.entity)})`);
    if (query.entityId) conditions.push(`a.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id = ${p.add(query.entityId)})`);
    if (query.speaker) conditions.push(`a.id IN ${quotesBySpeaker(p, query.speaker, 'article_id')}`);
    if (query.source) conditions.push(`lower(a.source) = lower(${p.add(query.source)})`);
    if (query.state) conditions.push(`a.state = ${p.add(query.state)}`);
    conditions.push(...dateRangeConditions(p, ARTICLE_DATE, query));

    const relevance = sort === 'relevance' && tsquery !== null;
    const cursor: string[] = [];
    let pageSql: string;
    if (relevance) {
      const rank = `ts_rank_cd(a.search, ${tsquery})`;
      if (query.cursor) {
        const [rankKey, id] = decodeCursor(query.cursor, 'relevance', ['string', 'string']);
        cursor.push(`(c.rank, c.id) < (${p.add(rankKey)}::real, ${p.add(id)})`);
      }
      // Ranking reads every candidate's tsvector: only the newest matches compete, so a term found in most
      // articles costs the same as a rare one.
      pageSql = `WITH candidates AS (
                   SELECT a.id, ${ARTICLE_DATE} AS date, ${rank} AS rank FROM articles a ${where(conditions)}
                   ORDER BY ${ARTICLE_DATE} DESC, a.id DESC LIMIT ${p.add(RELEVANCE_WINDOW)}
                 )
                 SELECT c.id, c.date, c.rank FROM candidates c ${where(cursor)} ORDER BY c.rank DESC, c.id DESC`;
    } else {
      if (query.cursor) {
        const [dateKey, id] = decodeCursor(query.cursor, 'date', ['string', 'string']);
        cursor.push(`(${ARTICLE_DATE}, a.id) < (${p.add(dateKey)}::timestamptz, ${p.add(id)})`);
      }
      pageSql = `SELECT a.id, ${ARTICLE_DATE} AS date, ${tsquery ? `ts_rank_cd(a.search, ${tsquery})` : 'NULL::real'} AS rank
                 FROM articles a ${where([...conditions, ...cursor])} ORDER BY ${ARTICLE_DATE} DESC, a.id DESC`;
    }
    // The search's stems are mostly prefixes of the words they match ("elect" in "elections"); the first
    // one found in the body places the window, and the start of the body is the fallback.
    const hitAt = query.q
      ? `coalesce((SELECT min(strpos(lower(a.body), w)) FILTER (WHERE strpos(lower(a.body), w) > 0)
                   FROM unnest(tsvector_to_array(to_tsvector('english', ${p.add(query.q)}))) AS w), 1)`
      : '1';
    const window = `substr(a.body, greatest(1, ${hitAt} - ${SNIPPET_WINDOW.before}), ${SNIPPET_WINDOW.length})`;
    const snippet = tsquery ? `ts_headline('english', ${window}, ${tsquery}, ${p.add(HEADLINE_OPTIONS)})` : `left(a.body, ${LEAD_CHARS})`;
    const limit = p.add(query.limit + 1);
    const order = relevance ? 'page.rank DESC, a.id DESC' : 'page.date DESC, a.id DESC';
    // Snippets only for the rows shown, not the one that says "more"; each parses only a window around the first hit.
    const rows: SearchRow[] = await this.db.query(
      `WITH page AS (${pageSql} LIMIT ${limit})
       SELECT a.id, page.date, page.date::text AS date_key, page.rank, page.rank::text AS rank_key, a.title, a.source, a.url, a.path,
              a.published_at, a.received_at, a.state, a.duplicate_of,
              CASE WHEN row_number() OVER (ORDER BY ${order}) <= ${p.add(query.limit)} THEN ${snippet} END AS snippet
       FROM page JOIN articles a ON a.id = page.id
       ORDER BY ${order}`,
      p.values,
    );
    return toPage(rows, query.limit, (r) => toSummary(r, tsquery !== null), (r) =>
      relevance ? encodeCursor('relevance', [r.rank_key ?? '0', r.id]) : encodeCursor('date', [r.date_key, r.id]),
    );
  }
}

export function toSummary(r: SummaryRow, highlighted: boolean): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    source: r.source,
    url: r.url,
    path: r.path,
    date: iso(r.date),
    publishedAt: isoOrNull(r.published_at),
    receivedAt: iso(r.received_at),
    state: r.state,
    duplicateOf: r.duplicate_of,
    rank: r.rank === null ? null : Number(r.rank),
    snippet: highlighted ? parseHeadline(r.snippet) : { text: r.snippet, highlights: [] },
  };
}
