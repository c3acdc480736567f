import { DataSource } from 'typeorm';
import { ArticleSearchQuery, ArticleSummary, HighlightedText, Page } from '@newsflow/contracts';
import { searchSnippet, withoutCutWords } from '@newsflow/text';
import { LIVE_ARTICLE } from '../repositories/stored-articles';
import { decodeCursor, encodeCursor, toPage } from './cursor';
import { poolQuery } from './prepared-query';
import { articleConditions, tsqueryOf } from './article-filters';
import { ARTICLE_DATE, articleDates, iso } from './row-mappers';
import { SqlParams, where } from './sql-params';
import { cappedCountSql, countTotal, pageTotal } from './total';

const LEAD_CHARS = 240;
/** The part of the body a search snippet is cut from: around the first hit, enough for two passages. */
const SNIPPET_WINDOW = { before: 120, length: 720 };

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
  published_offset_minutes: number | null;
  received_at: Date | string;
  state: ArticleSummary['state'];
  duplicate_of: string | null;
  snippet: string;
}

interface SearchRow extends SummaryRow {
  total: number;
  date_key: string;
  rank_key: string | null;
  /** Where the snippet window starts in the body (1-based), and the search's lexemes (first row only). */
  window_from: number;
  lexemes: string[] | null;
}

/** Summary columns of `articles a` with the lead of the body as snippet, for pages chosen by another query. */
export const LEAD_SUMMARY_COLUMNS = `a.id, ${ARTICLE_DATE} AS date, NULL::real AS rank, a.title, a.source, a.url, a.path, a.published_at, a.published_offset_minutes,
  a.received_at, a.state, a.duplicate_of, left(a.body, ${LEAD_CHARS}) AS snippet`;

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
    const tsquery = query.q ? tsqueryOf(p, query.q) : null;
    const conditions = articleConditions(p, query, tsquery);

    const relevance = sort === 'relevance' && tsquery !== null;
    // Relevance pages through the RELEVANCE_WINDOW newest matches only: the total says so by its cap.
    const cap = relevance ? RELEVANCE_WINDOW : undefined;
    const count = { cap, order: tsquery ? `${ARTICLE_DATE} DESC, a.id DESC` : undefined };
    const counted = `(${cappedCountSql(`FROM articles a ${where(conditions)}`, count)})`;
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
      // One match past the window says there are more; the window's own count is then the total, so the
      // matches are read once (a separate count would read them again for every search).
      pageSql = `WITH candidates AS (
                   SELECT a.id, ${ARTICLE_DATE} AS date, ${rank} AS rank FROM articles a ${where(conditions)}
                   ORDER BY ${ARTICLE_DATE} DESC, a.id DESC LIMIT ${p.add(RELEVANCE_WINDOW + 1)}
                 )
                 SELECT c.id, c.date, c.rank, (SELECT count(*)::int FROM candidates) AS window_total
                 FROM (SELECT * FROM candidates ORDER BY date DESC, id DESC LIMIT ${p.add(RELEVANCE_WINDOW)}) c
                 ${where(cursor)} ORDER BY c.rank DESC, c.id DESC`;
    } else {
      if (query.cursor) {
        const [dateKey, id] = decodeCursor(query.cursor, 'date', ['string', 'string']);
        cursor.push(`(${ARTICLE_DATE}, a.id) < (${p.add(dateKey)}::timestamptz, ${p.add(id)})`);
      }
      pageSql = `SELECT a.id, ${ARTICLE_DATE} AS date, ${tsquery ? `ts_rank_cd(a.search, ${tsquery})` : 'NULL::real'} AS rank
                 FROM articles a ${where([...conditions, ...cursor])} ORDER BY ${ARTICLE_DATE} DESC, a.id DESC`;
    }
    // The search's lexemes are mostly prefixes of the words they match ("elect" in "elections"); the first
    // word that starts with one (\m: a word start) places the snippet window, so "airship" inside
    // "nonairship" does not. The start of the body is the fallback. Lexemes other than plain letters and
    // digits (URLs, hyphenated words) are left out rather than escaped into a pattern.
    const terms = query.q ? `SELECT tsvector_to_array(to_tsvector('english', ${p.add(query.q)})) AS lexemes` : 'SELECT NULL::text[] AS lexemes';
    const hitAt = `coalesce((SELECT min(nullif(regexp_instr(a.body, '\\m' || w, 1, 1, 0, 'i'), 0)) FROM unnest(terms.lexemes) AS w WHERE w ~ '^[[:alnum:]]+$'), 1)`;
    const snippet = tsquery ? `substr(a.body, w.window_from, ${SNIPPET_WINDOW.length})` : `left(a.body, ${LEAD_CHARS})`;
    const limit = p.add(query.limit + 1);
    const order = relevance ? 'page.rank DESC, a.id DESC' : 'page.date DESC, a.id DESC';
    const shown = `row_number() OVER (ORDER BY ${order})`;
    // Snippet windows only for the rows shown, not the one that says "more"; the passages are cut and
    // highlighted here (searchSnippet), which costs far less than ts_headline's re-parse in the database.
    // The lexemes come once, on the first row. OFFSET 0 keeps the window's start from being computed twice.
    // Planned on every call, never prepared: the best plan depends on how many articles match.
    const rows = await poolQuery<SearchRow>(
      this.db,
      `WITH page AS (${pageSql} LIMIT ${limit}), terms AS (${terms})
       SELECT ${relevance ? 'page.window_total' : counted} AS total, a.id, page.date, page.date::text AS date_key, page.rank, page.rank::text AS rank_key, a.title, a.source, a.url, a.path,
              a.published_at, a.published_offset_minutes, a.received_at, a.state, a.duplicate_of, w.window_from,
              CASE WHEN ${shown} = 1 THEN terms.lexemes END AS lexemes,
              CASE WHEN ${shown} <= ${p.add(query.limit)} THEN ${snippet} END AS snippet
       FROM page JOIN articles a ON a.id = page.id CROSS JOIN terms
            CROSS JOIN LATERAL (SELECT greatest(1, ${hitAt} - ${SNIPPET_WINDOW.before}) AS window_from OFFSET 0) w
       ORDER BY ${order}`,
      p.values,
      { timestampsAsText: true },
    );
    const lexemes = rows[0]?.lexemes;
    // The count rides on the page's rows; a page past the last match (its cursor's rows gone) counts on its own.
    const total = rows.length
      ? pageTotal(rows[0].total, cap)
      : query.cursor
        ? await countTotal(this.db, (c) => `FROM articles a ${where(articleConditions(c, query, query.q ? tsqueryOf(c, query.q) : null))}`, count)
        : pageTotal(0);
    return toPage(
      rows,
      query.limit,
      (r) => toSummary(r, lexemes ? snippetOf(r.snippet, r.window_from, lexemes) : undefined),
      (r) => (relevance ? encodeCursor('relevance', [r.rank_key ?? '0', r.id]) : encodeCursor('date', [r.date_key, r.id])),
      total,
    );
  }
}

/** Highlighted passages from a body window; a word the window cuts through at either end is left out. */
function snippetOf(window: string, windowFrom: number, lexemes: string[]): HighlightedText {
  // substr counts code points, JavaScript UTF-16 units: a full window is at least that long here.
  return searchSnippet(withoutCutWords(window, windowFrom > 1, window.length >= SNIPPET_WINDOW.length), lexemes);
}

/** A summary row as the API shows it; without a highlighted snippet, the lead of the body. */
export function toSummary(r: SummaryRow, snippet?: HighlightedText): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    source: r.source,
    url: r.url,
    path: r.path,
    ...articleDates(r.published_at, r.published_offset_minutes, r.received_at),
    receivedAt: iso(r.received_at),
    state: r.state,
    duplicateOf: r.duplicate_of,
    rank: r.rank === null ? null : Number(r.rank),
    snippet: snippet ?? { text: r.snippet, highlights: [] },
  };
}
