import { DataSource } from 'typeorm';
import { ArticleSummary, QuoteItem } from '@newsflow/contracts';
import { followedEntityIds } from '../repositories/watch.repository';
import { LEAD_SUMMARY_COLUMNS, SummaryRow, toSummary } from './article-search.query';
import { QUOTE_COLUMNS, QuoteRowWithArticle, toQuoteItem } from './quote.query';

export interface CompletedArticle {
  article: ArticleSummary;
  quotes: number;
  /** Ids of the watches the article matches. */
  watches: string[];
}
export interface CompletedQuote {
  quote: QuoteItem;
  watches: string[];
}
/** One completed article as the live feed tells it; with 'webhook-matches', only what some watch matches. */
export interface CompletedEvents {
  article: CompletedArticle | null;
  /** In the article's order. */
  quotes: CompletedQuote[];
}

/** Which watches to match, and whether what no watch matches is wanted too. */
export type LiveScope = 'everything' | 'webhook-matches';

const followsNo = (side: string) => `w.${side}_given IS NULL`;

/** A watch `w` matches an article `a`: it mentions the entity, quotes the speaker and matches the search. */
const ARTICLE_MATCH = `(${followsNo('entity')} OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id IN ${followedEntityIds('entity')}))
  AND (${followsNo('speaker')} OR EXISTS (SELECT 1 FROM quotes s WHERE s.article_id = a.id AND s.speaker_entity_id IN ${followedEntityIds('speaker')}))
  AND (w.q IS NULL OR a.search @@ websearch_to_tsquery('english', w.q))`;

/**
 * A watch `w` matches a quote `q`: the speaker said it; the entity said it or is mentioned inside its
 * words; the search matches its words.
 */
const QUOTE_MATCH = `(${followsNo('speaker')} OR q.speaker_entity_id IN ${followedEntityIds('speaker')})
  AND (${followsNo('entity')} OR q.speaker_entity_id IN ${followedEntityIds('entity')}
       OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id AND m.entity_id IN ${followedEntityIds('entity')}
                  AND m.start_offset >= q.start_offset AND m.end_offset <= q.end_offset))
  AND (w.q IS NULL OR q.search @@ websearch_to_tsquery('english', w.q))`;

const watchesMatching = (scope: LiveScope, match: string) =>
  `ARRAY(SELECT w.id::text FROM watches w WHERE ${scope === 'webhook-matches' ? 'w.webhook IS NOT NULL AND ' : ''}${match} ORDER BY w.id) AS watch_ids`;

const onlyMatched = (scope: LiveScope, sql: string) => (scope === 'webhook-matches' ? `SELECT * FROM (${sql}) x WHERE cardinality(x.watch_ids) > 0` : sql);

/**
 * What the live feed and the webhooks tell about completed articles: each article's summary and its
 * quotes, with the watches each matches; one query for the articles and one for their quotes.
 */
export class LiveEventQueries {
  constructor(private readonly db: DataSource) {}

  async load(articleIds: string[], scope: LiveScope): Promise<Map<string, CompletedEvents>> {
    const [articleRows, quoteRows] = await Promise.all([
      this.db.query(
        onlyMatched(scope, `SELECT ${LEAD_SUMMARY_COLUMNS}, (SELECT count(*) FROM quotes c WHERE c.article_id = a.id)::int AS quote_count,
                              ${watchesMatching(scope, ARTICLE_MATCH)}
                            FROM articles a WHERE a.id = ANY($1::bpchar[])`),
        [articleIds],
      ) as Promise<Array<SummaryRow & { quote_count: number; watch_ids: string[] }>>,
      this.db.query(
        onlyMatched(scope, `SELECT ${QUOTE_COLUMNS}, q.ordinal, ${watchesMatching(scope, QUOTE_MATCH)} FROM quotes q WHERE q.article_id = ANY($1::bpchar[])`),
        [articleIds],
      ) as Promise<Array<QuoteRowWithArticle & { ordinal: number; watch_ids: string[] }>>,
    ]);
    const events = new Map<string, CompletedEvents>(articleIds.map((id) => [id, { article: null, quotes: [] }]));
    for (const r of articleRows) events.get(r.id)!.article = { article: toSummary(r), quotes: r.quote_count, watches: r.watch_ids };
    for (const r of quoteRows.sort((x, y) => x.ordinal - y.ordinal)) events.get(r.article_id)!.quotes.push({ quote: toQuoteItem(r), watches: r.watch_ids });
    return events;
  }
}
