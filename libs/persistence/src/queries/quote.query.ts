import { DataSource } from 'typeorm';
import { Page, QuoteGroup, QuoteItem, QuoteSearchQuery } from '@newsflow/contracts';
import { quotesBySpeaker } from './article-filters';
import { decodeCursor, encodeCursor, toPage } from './cursor';
import { ARTICLE_DATE, dateRangeConditions, iso } from './row-mappers';
import { SqlParams, where } from './sql-params';

export type QuoteSearch = Omit<QuoteSearchQuery, 'limit' | 'group'> & { limit: number; speakerEntityId?: string };

interface QuoteRowWithArticle {
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
  date: Date;
}

const QUOTE_COLUMNS = `q.id, q.text, q.start_offset, q.end_offset, q.kind, q.speaker_text, q.speaker_canonical, q.speaker_entity_id, q.group_key,
  a.id AS article_id, a.title, a.source, ${ARTICLE_DATE} AS date`;

/** Quotes, one by one (newest stored first) or grouped by statement (each once, with all its sources). */
export class QuoteQueries {
  constructor(private readonly db: DataSource) {}

  async search(query: QuoteSearch): Promise<Page<QuoteItem>> {
    const p = new SqlParams();
    const conditions = this.filters(p, query);
    if (query.cursor) conditions.push(`q.id < ${p.add(decodeCursor(query.cursor, 'quote', ['string'])[0])}::bigint`);
    const rows: QuoteRowWithArticle[] = await this.db.query(
      `SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id ${where(conditions)}
       ORDER BY q.id DESC LIMIT ${p.add(query.limit + 1)}`,
      p.values,
    );
    return toPage(rows, query.limit, toQuoteItem, (r) => encodeCursor('quote', [String(r.id)]));
  }

  /**
   * Statements ordered by their latest quote, newest first. A statement quoted again while a client pages
   * moves to the front (and is not repeated on later pages).
   */
  async searchGrouped(query: QuoteSearch): Promise<Page<QuoteGroup>> {
    const p = new SqlParams();
    const conditions = this.filters(p, query);
    const after = query.cursor ? p.add(decodeCursor(query.cursor, 'group', ['string'])[0]) : null;
    const limit = p.add(query.limit + 1);
    // Unfiltered, a group is found through its latest quote (walking quotes_pkey backwards) instead of grouping every quote.
    const groups: Array<{ group_key: string; latest_id: string }> = await this.db.query(
      conditions.length
        ? `SELECT q.group_key, max(q.id) AS latest_id FROM quotes q JOIN articles a ON a.id = q.article_id ${where(conditions)}
           GROUP BY q.group_key ${after ? `HAVING max(q.id) < ${after}::bigint` : ''} ORDER BY latest_id DESC LIMIT ${limit}`
        : `SELECT q.group_key, q.id AS latest_id FROM quotes q
           WHERE NOT EXISTS (SELECT 1 FROM quotes e WHERE e.group_key = q.group_key AND e.id > q.id) ${after ? `AND q.id < ${after}::bigint` : ''}
           ORDER BY q.id DESC LIMIT ${limit}`,
      p.values,
    );
    const shown = groups.slice(0, query.limit).map((g) => g.group_key);
    const members: QuoteRowWithArticle[] = shown.length
      ? await this.db.query(`SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.group_key = ANY($1) ORDER BY q.id`, [shown])
      : [];
    const byKey = new Map<string, QuoteRowWithArticle[]>(shown.map((k) => [k, []]));
    for (const m of members) byKey.get(m.group_key)?.push(m);
    return toPage(groups, query.limit, (g) => toGroup(g.group_key, byKey.get(g.group_key) ?? []), (g) => encodeCursor('group', [String(g.latest_id)]));
  }

  private filters(p: SqlParams, query: QuoteSearch): string[] {
    const conditions: string[] = [];
    if (query.q) conditions.push(`q.search @@ websearch_to_tsquery('english', ${p.add(query.q)})`);
    if (query.speaker) conditions.push(`q.id IN ${quotesBySpeaker(p, query.speaker, 'id')}`);
    if (query.speakerEntityId) conditions.push(`q.speaker_entity_id = ${p.add(query.speakerEntityId)}`);
    if (query.article) conditions.push(`q.article_id = ${p.add(query.article)}`);
    conditions.push(...dateRangeConditions(p, ARTICLE_DATE, query));
    return conditions;
  }
}

function articleRef(r: QuoteRowWithArticle) {
  return { articleId: r.article_id, title: r.title, source: r.source, date: iso(r.date) };
}

function toQuoteItem(r: QuoteRowWithArticle): QuoteItem {
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

function toGroup(groupKey: string, members: QuoteRowWithArticle[]): QuoteGroup {
  const speaker = members.find((m) => m.speaker_canonical !== null);
  return {
    groupKey,
    text: members[0]?.text ?? '',
    speakerCanonical: speaker?.speaker_canonical ?? null,
    speakerEntityId: speaker?.speaker_entity_id == null ? null : String(speaker.speaker_entity_id),
    count: members.length,
    sources: members.map((m) => ({ ...articleRef(m), quoteId: String(m.id), text: m.text })),
  };
}
