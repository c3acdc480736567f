import { z } from 'zod';
import { articleDetailSchema, articleIdParamsSchema, articlePageSchema, articleSearchQuerySchema, clusterSchema, numericIdParamsSchema, storiesQuerySchema, storyPageSchema } from './articles';
import { COOCCURRENCE_WINDOW, cooccurrenceQuerySchema, cooccurrenceSchema, entityDetailQuerySchema, entityDetailSchema, entityListQuerySchema, entityPageSchema } from './entities';
import { articleExportQuerySchema, articleExportRowSchema, EXPORT_CONTENT_TYPES, quoteExportQuerySchema, quoteExportRowSchema } from './export';
import { filePageSchema, fileListQuerySchema } from './files';
import { fileArticlesQuerySchema, fileArticlesSchema } from './file-articles';
import { deadLetterIdParamsSchema, deadLetterListQuerySchema, deadLetterListSchema, emptyQuerySchema, pipelineStatusSchema, replayResultSchema } from './pipeline';
import { retractionResultSchema, uiConfigSchema } from './versions';
import { quoteSearchQuerySchema, quoteSearchResultSchema, speakerQuotesQuerySchema, speakerQuotesSchema } from './quotes';
import { LIVE_ROUTES } from './live';

export interface ApiRoute {
  method: 'get' | 'post' | 'delete';
  /** Express-style path (":id"). */
  path: string;
  tag: string;
  summary: string;
  params?: z.ZodObject;
  query: z.ZodObject;
  /** A JSON request body. */
  body?: z.ZodType;
  response: z.ZodType;
  /** The success status when not 200. */
  status?: 201 | 204;
  /** Requires X-API-Key when API_KEY is configured. */
  mutating?: boolean;
  /**
   * A stream, served in these content types instead of JSON: an export (response is one row's schema) or
   * Server-Sent Events (response is one event's data).
   */
  produces?: readonly string[];
}

const EXPORT_TYPES = Object.values(EXPORT_CONTENT_TYPES);

/** Every route of the query API: the controllers validate with these schemas and /docs is generated from them. */
export const API_ROUTES = {
  listArticles: { method: 'get', path: '/articles', tag: 'articles', summary: 'Search and filter articles', query: articleSearchQuerySchema, response: articlePageSchema },
  getArticle: { method: 'get', path: '/articles/:id', tag: 'articles', summary: 'One article with entities, quotes, cluster, ledger entry and stage status', params: articleIdParamsSchema, query: emptyQuerySchema, response: articleDetailSchema },
  retractArticle: { method: 'delete', path: '/articles/:id', tag: 'articles', summary: 'Retract an article: its entities, quotes and cluster place go, a tombstone keeps the file from coming back', params: articleIdParamsSchema, query: emptyQuerySchema, response: retractionResultSchema, mutating: true },
  articleDuplicates: { method: 'get', path: '/articles/:id/duplicates', tag: 'articles', summary: 'The near-duplicate cluster of an article', params: articleIdParamsSchema, query: emptyQuerySchema, response: clusterSchema },
  listStories: { method: 'get', path: '/stories', tag: 'articles', summary: 'Near-duplicate clusters with their outlets, newest first', query: storiesQuerySchema, response: storyPageSchema },
  listEntities: { method: 'get', path: '/entities', tag: 'entities', summary: 'Entities by alias and type, most mentioned first', query: entityListQuerySchema, response: entityPageSchema },
  getEntity: { method: 'get', path: '/entities/:id', tag: 'entities', summary: 'An entity with aliases, timeline, co-occurring entities and articles', params: numericIdParamsSchema, query: entityDetailQuerySchema, response: entityDetailSchema },
  entityCooccurrence: { method: 'get', path: '/entities/:id/cooccurrence', tag: 'entities', summary: `Entities mentioned in the same articles, counted over the entity’s ${COOCCURRENCE_WINDOW.toLocaleString('en')} newest articles`, params: numericIdParamsSchema, query: cooccurrenceQuerySchema, response: cooccurrenceSchema },
  listQuotes: { method: 'get', path: '/quotes', tag: 'quotes', summary: 'Search quotes; group=true returns each statement once with all its sources', query: quoteSearchQuerySchema, response: quoteSearchResultSchema },
  speakerQuotes: { method: 'get', path: '/speakers/:id/quotes', tag: 'quotes', summary: 'What one speaker said, grouped by statement', params: numericIdParamsSchema, query: speakerQuotesQuerySchema, response: speakerQuotesSchema },
  exportArticles: { method: 'get', path: '/export/articles', tag: 'export', summary: 'Every article matching the filters of GET /articles, newest first, streamed as CSV or JSON Lines with no row cap', query: articleExportQuerySchema, response: articleExportRowSchema, produces: EXPORT_TYPES },
  exportQuotes: { method: 'get', path: '/export/quotes', tag: 'export', summary: 'Every quote matching the filters of GET /quotes, newest article first, streamed as CSV or JSON Lines with no row cap', query: quoteExportQuerySchema, response: quoteExportRowSchema, produces: EXPORT_TYPES },
  listFiles: { method: 'get', path: '/files', tag: 'ingestion', summary: 'The file ledger with states and reasons', query: fileListQuerySchema, response: filePageSchema },
  fileArticles: { method: 'get', path: '/files/articles', tag: 'ingestion', summary: 'The stored articles of ledger entries (of the original file, for a duplicate file)', query: fileArticlesQuerySchema, response: fileArticlesSchema },
  pipelineStatus: { method: 'get', path: '/pipeline/status', tag: 'pipeline', summary: 'Per-stage lag, dead letters and throughput; articles and files per state', query: emptyQuerySchema, response: pipelineStatusSchema },
  listDeadLetters: { method: 'get', path: '/dead-letters', tag: 'pipeline', summary: 'Parked messages with their reasons', query: deadLetterListQuerySchema, response: deadLetterListSchema },
  replayDeadLetter: { method: 'post', path: '/dead-letters/:id/replay', tag: 'pipeline', summary: 'Republish one parked message to its stage', params: deadLetterIdParamsSchema, query: emptyQuerySchema, response: replayResultSchema, mutating: true },
  uiConfig: { method: 'get', path: '/config', tag: 'pipeline', summary: 'What the web UI needs to know: whether mutating routes need an API key', query: emptyQuerySchema, response: uiConfigSchema },
  replayAllDeadLetters: { method: 'post', path: '/dead-letters/replay-all', tag: 'pipeline', summary: 'Republish every parked message', query: emptyQuerySchema, response: replayResultSchema, mutating: true },
  ...LIVE_ROUTES,
} as const satisfies Record<string, ApiRoute>;
export type ApiRouteName = keyof typeof API_ROUTES;
