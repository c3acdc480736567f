import { z } from 'zod';
import type { ApiRoute } from './routes';
import { articleSummarySchema } from './articles';
import { emptyQuerySchema } from './pipeline';
import { quoteSchema } from './quotes';
import { numericIdSchema, searchTextSchema } from './common';

const entityRefSchema = searchTextSchema.describe('An entity id, or a name that is one of its aliases');

export const watchCreateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200).describe('A label for people'),
    speaker: entityRefSchema.optional().describe('Quotes by this speaker (entity id or alias)'),
    entity: entityRefSchema.optional().describe('Articles mentioning this entity, and quotes whose words mention it or which it said (entity id or alias)'),
    q: searchTextSchema.optional().describe('Full-text search (web search syntax) in the article text, or in the quoted words for quote events'),
    webhook: z
      .url({ protocol: /^https?$/, error: 'the webhook must be an http(s) URL' })
      .max(2000)
      .optional()
      .describe('Each match is POSTed here as JSON, retried with exponential backoff'),
  })
  .refine((w) => w.speaker !== undefined || w.entity !== undefined || w.q !== undefined, {
    message: 'a watch needs at least one of speaker, entity or q',
  });
export type WatchCreate = z.infer<typeof watchCreateSchema>;

const followedSchema = z
  .object({
    given: z.string().describe('As given when the watch was created'),
    entities: z.array(z.object({ id: z.string(), canonical: z.string(), type: z.string() })).describe('The entities it names now (a name not yet seen names none, and starts matching once it is)'),
  })
  .nullable();

export const webhookFailureSchema = z.object({
  at: z.string(),
  eventId: z.string(),
  attempt: z.number().int().describe('1 for the first POST'),
  status: z.number().int().nullable().describe('The HTTP status, null when no answer came (refused, timeout)'),
  error: z.string(),
  gaveUp: z.boolean().describe('true on the last attempt: this match is not sent again'),
});
export type WebhookFailure = z.infer<typeof webhookFailureSchema>;

export const watchSchema = z.object({
  id: z.string(),
  name: z.string(),
  speaker: followedSchema,
  entity: followedSchema,
  q: z.string().nullable(),
  webhook: z.string().nullable().describe('The webhook URL without its query string and credentials, which may hold secrets'),
  createdAt: z.string(),
  delivery: z
    .object({
      delivered: z.number().int().describe('Matches POSTed with a 2xx answer'),
      lastDeliveredAt: z.string().nullable(),
      failures: z.number().int().describe('Failed attempts in all'),
      recentFailures: z.array(webhookFailureSchema).describe('The latest failed attempts, newest first'),
    })
    .nullable()
    .describe('null without a webhook'),
});
export type Watch = z.infer<typeof watchSchema>;
export const watchListSchema = z.object({ items: z.array(watchSchema) });
export type WatchList = z.infer<typeof watchListSchema>;

export const watchIdParamsSchema = z.strictObject({ id: numericIdSchema });
export const eventsQuerySchema = z.strictObject({ watch: numericIdSchema.optional().describe("Only this watch's matches; without it, every event") });
export type EventsQuery = z.infer<typeof eventsQuerySchema>;

const eventFields = {
  id: z.string().describe('Also the SSE id: field: the stream sequence of the completed article for an article event, with ".<quote id>" for a quote event'),
  watches: z.array(z.string()).describe('Ids of the watches this event matches'),
};
export const articleEventSchema = z.object({ type: z.literal('article'), ...eventFields, article: articleSummarySchema, quotes: z.number().int() });
export const quoteEventSchema = z.object({ type: z.literal('quote'), ...eventFields, quote: quoteSchema });
export const liveEventSchema = z.discriminatedUnion('type', [articleEventSchema, quoteEventSchema]);
export type ArticleEvent = z.infer<typeof articleEventSchema>;
export type QuoteEvent = z.infer<typeof quoteEventSchema>;
export type LiveEvent = z.infer<typeof liveEventSchema>;

/** One match of one watch, as a webhook is told it. */
export const webhookMatchSchema = z.object({
  event: z.enum(['article', 'quote']),
  id: z.string().describe('The event id, as on /events'),
  article: articleSummarySchema.optional(),
  quote: quoteSchema.optional(),
});
export type WebhookMatch = z.infer<typeof webhookMatchSchema>;

/** What a webhook receives for each match. */
export const webhookBodySchema = webhookMatchSchema.extend({ watch: z.object({ id: z.string(), name: z.string() }) });
export type WebhookBody = z.infer<typeof webhookBodySchema>;

export const LIVE_ROUTES = {
  createWatch: { method: 'post', path: '/watches', tag: 'live', summary: 'Create a watch: a saved filter whose matches stream on /events?watch=<id> and, with a webhook, are POSTed', query: emptyQuerySchema, body: watchCreateSchema, response: watchSchema, status: 201, mutating: true },
  listWatches: { method: 'get', path: '/watches', tag: 'live', summary: 'Every watch with the entities it follows and its webhook deliveries and failures', query: emptyQuerySchema, response: watchListSchema },
  deleteWatch: { method: 'delete', path: '/watches/:id', tag: 'live', summary: 'Delete a watch', params: watchIdParamsSchema, query: emptyQuerySchema, response: z.null(), status: 204, mutating: true },
  events: {
    method: 'get',
    path: '/events',
    tag: 'live',
    summary: 'Server-Sent Events: an `article` event for each article as it completes (a reprocess run is not streamed), then a `quote` event for each of its quotes; heartbeat comments every 15 s; an unknown watch gives 404',
    query: eventsQuerySchema,
    response: liveEventSchema,
    produces: ['text/event-stream'],
  },
} as const satisfies Record<string, ApiRoute>;
