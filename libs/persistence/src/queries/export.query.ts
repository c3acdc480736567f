import { DataSource } from 'typeorm';
import { ArticleExportRow, ArticleFilters, QuoteExportRow } from '@newsflow/contracts';
import { articleConditions, tsqueryOf } from './article-filters';
import { QUOTE_COLUMNS, QuoteFilters, QuoteRowWithArticle, quoteConditions, toQuoteItem } from './quote.query';
import { ARTICLE_DATE, articleDates, iso } from './row-mappers';
import { SqlParams, where } from './sql-params';

export interface ExportOptions {
  /** Rows per keyset page: what one statement reads and the most a stream holds in memory at once. */
  articlesPerPage?: number;
  quotesPerPage?: number;
}

interface ArticleExportDbRow {
  id: string;
  published_at: Date | null;
  published_offset_minutes: number | null;
  received_at: Date;
  title: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  state: ArticleExportRow['state'];
  duplicate_of: string | null;
  path: string;
  body: string;
  sort_key: string;
}

/**
 * Every match of a list's filters, newest first, as pages fetched one after another by keyset (date, id):
 * no row cap, no long transaction, and nothing is read before the consumer asks for it, so a slow client or
 * one that went away holds back or stops the reading.
 */
export class ExportQueries {
  private readonly articlesPerPage: number;
  private readonly quotesPerPage: number;

  constructor(
    private readonly db: DataSource,
    options: ExportOptions = {},
  ) {
    this.articlesPerPage = options.articlesPerPage ?? 200;
    this.quotesPerPage = options.quotesPerPage ?? 1000;
  }

  articles(filters: ArticleFilters): AsyncGenerator<ArticleExportRow[]> {
    return this.pages<ArticleExportDbRow, ArticleExportRow>(this.articlesPerPage, toArticleExportRow, (p, after, limit) => {
      const conditions = articleConditions(p, filters, filters.q ? tsqueryOf(p, filters.q) : null);
      if (after) conditions.push(`(${ARTICLE_DATE}, a.id) < (${p.add(after.key)}::timestamptz, ${p.add(after.id)})`);
      return `SELECT a.id, a.published_at, a.published_offset_minutes, a.received_at, a.title, a.source, a.url, a.byline, a.state, a.duplicate_of,
                     a.path, a.body, ${ARTICLE_DATE}::text AS sort_key
              FROM articles a ${where(conditions)} ORDER BY ${ARTICLE_DATE} DESC, a.id DESC LIMIT ${limit}`;
    });
  }

  quotes(filters: QuoteFilters): AsyncGenerator<QuoteExportRow[]> {
    return this.pages<QuoteRowWithArticle & { cue_text: string | null; sort_key: string }, QuoteExportRow>(this.quotesPerPage, toQuoteExportRow, (p, after, limit) => {
      const conditions = quoteConditions(p, filters);
      if (after) conditions.push(`(q.article_date, q.id) < (${p.add(after.key)}::timestamptz, ${p.add(after.id)}::bigint)`);
      return `SELECT ${QUOTE_COLUMNS}, q.cue_text, q.article_date::text AS sort_key
              FROM quotes q ${where(conditions)} ORDER BY q.article_date DESC, q.id DESC LIMIT ${limit}`;
    });
  }

  private async *pages<R extends { id: string; sort_key: string }, T>(
    perPage: number,
    map: (row: R) => T,
    sql: (p: SqlParams, after: { key: string; id: string } | null, limit: string) => string,
  ): AsyncGenerator<T[]> {
    let after: { key: string; id: string } | null = null;
    for (;;) {
      const p = new SqlParams();
      const text = sql(p, after, p.add(perPage));
      const rows: R[] = await this.db.query(text, p.values);
      if (rows.length) yield rows.map(map);
      if (rows.length < perPage) return;
      const last = rows[rows.length - 1];
      after = { key: last.sort_key, id: String(last.id) };
    }
  }
}

function toArticleExportRow(r: ArticleExportDbRow): ArticleExportRow {
  const { date, dateKind, publishedAt } = articleDates(r.published_at, r.published_offset_minutes, r.received_at);
  return {
    id: r.id,
    date,
    dateKind,
    publishedAt,
    receivedAt: iso(r.received_at),
    title: r.title,
    source: r.source,
    url: r.url,
    byline: r.byline,
    state: r.state,
    duplicateOf: r.duplicate_of,
    path: r.path,
    body: r.body,
  };
}

function toQuoteExportRow(r: QuoteRowWithArticle & { cue_text: string | null }): QuoteExportRow {
  const q = toQuoteItem(r);
  return {
    id: q.id,
    kind: q.kind,
    text: q.text,
    speakerText: q.speakerText,
    speakerCanonical: q.speakerCanonical,
    speakerEntityId: q.speakerEntityId,
    cue: r.cue_text,
    groupKey: q.groupKey,
    articleId: q.article.articleId,
    articleTitle: q.article.title,
    articleSource: q.article.source,
    articleDate: q.article.date,
    articleDateKind: q.article.dateKind,
    start: q.start,
    end: q.end,
  };
}
