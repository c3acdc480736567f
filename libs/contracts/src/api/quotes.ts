import { z } from 'zod';
import { articleIdSchema, dateRangeParams, pageOf, pageParams, queryBoolSchema, searchTextSchema } from './common';

export const quoteSearchQuerySchema = z.strictObject({
  q: searchTextSchema.optional().describe('Full-text search in the quoted words'),
  speaker: searchTextSchema.optional().describe('Speaker by any alias, or part of the resolved speaker name'),
  article: articleIdSchema.optional(),
  ...dateRangeParams,
  group: queryBoolSchema.optional().describe('true: one item per statement with all the articles that carry it'),
  ...pageParams,
});
export type QuoteSearchQuery = z.infer<typeof quoteSearchQuerySchema>;

export const speakerQuotesQuerySchema = z.strictObject({ ...dateRangeParams, ...pageParams });
export type SpeakerQuotesQuery = z.infer<typeof speakerQuotesQuerySchema>;

const articleRefSchema = z.object({
  articleId: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  date: z.string(),
});

export const quoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  kind: z.string(),
  speakerText: z.string().nullable().describe('The speaker as written in the article'),
  speakerCanonical: z.string().nullable(),
  speakerEntityId: z.string().nullable(),
  groupKey: z.string(),
  article: articleRefSchema,
});
export type QuoteItem = z.infer<typeof quoteSchema>;
export const quotePageSchema = pageOf(quoteSchema);

export const quoteGroupSchema = z.object({
  groupKey: z.string(),
  text: z.string().describe('The earliest stored wording'),
  speakerCanonical: z.string().nullable(),
  speakerEntityId: z.string().nullable(),
  count: z.number().int().describe('How many times the statement was stored'),
  sources: z.array(articleRefSchema.extend({ quoteId: z.string(), text: z.string() })).describe('Every article carrying the statement'),
});
export type QuoteGroup = z.infer<typeof quoteGroupSchema>;
export const quoteGroupPageSchema = pageOf(quoteGroupSchema);

export const quoteSearchResultSchema = z.union([quotePageSchema, quoteGroupPageSchema]);
export type QuoteSearchResult = z.infer<typeof quoteSearchResultSchema>;

export const speakerQuotesSchema = quoteGroupPageSchema.extend({
  speaker: z.object({ id: z.string(), canonical: z.string(), type: z.string() }),
});
export type SpeakerQuotes = z.infer<typeof speakerQuotesSchema>;
