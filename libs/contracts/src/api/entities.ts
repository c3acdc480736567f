import { z } from 'zod';
import { dateRangeParams, pageOf, pageParams, searchTextSchema } from './common';
import { articleSummarySchema } from './articles';

export const entityListQuerySchema = z.strictObject({
  q: searchTextSchema.optional().describe('Name or alias (prefix match, accents and case ignored)'),
  type: z.string().regex(/^[A-Z_]{2,20}$/).optional().describe('PERSON, ORG, LOCATION, MISC...'),
  ...pageParams,
});
export type EntityListQuery = z.infer<typeof entityListQuerySchema>;

export const entitySummarySchema = z.object({
  id: z.string(),
  canonical: z.string(),
  type: z.string(),
  mentions: z.number().int().describe('Mentions across all articles'),
  articles: z.number().int().describe('Articles mentioning it'),
  matchedAlias: z.string().nullable().describe('The alias that matched q'),
});
export type EntitySummary = z.infer<typeof entitySummarySchema>;
export const entityPageSchema = pageOf(entitySummarySchema);

export const cooccurrenceQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  type: z.string().regex(/^[A-Z_]{2,20}$/).optional(),
});
export type CooccurrenceQuery = z.infer<typeof cooccurrenceQuerySchema>;
/** Co-occurrence counts over this many of an entity's newest articles, so a very common entity costs the same as a rare one. */
export const COOCCURRENCE_WINDOW = 1000;

export const cooccurringEntitySchema = z.object({
  id: z.string(),
  canonical: z.string(),
  type: z.string(),
  articles: z.number().int().describe('Articles mentioning both'),
});
export type CooccurringEntity = z.infer<typeof cooccurringEntitySchema>;
export const cooccurrenceSchema = z.object({ entityId: z.string(), items: z.array(cooccurringEntitySchema) });

export const entityAliasSchema = z.object({ alias: z.string(), key: z.string(), reason: z.string().describe('Why this name was merged into the entity'), createdAt: z.string() });
export const timelinePointSchema = z.object({ day: z.string().describe('YYYY-MM-DD'), mentions: z.number().int(), articles: z.number().int() });
export type TimelinePoint = z.infer<typeof timelinePointSchema>;

export const entityDetailQuerySchema = z.strictObject({ ...dateRangeParams });
export const entityDetailSchema = z.object({
  id: z.string(),
  canonical: z.string(),
  type: z.string(),
  createdAt: z.string(),
  mentions: z.number().int(),
  articleCount: z.number().int(),
  quoteCount: z.number().int().describe('Quotes attributed to this entity as speaker'),
  aliases: z.array(entityAliasSchema),
  timeline: z.array(timelinePointSchema).describe('Mentions per day of article date'),
  cooccurring: z.array(cooccurringEntitySchema).describe(`Top 10 entities appearing in the same articles, counted over the entity’s ${COOCCURRENCE_WINDOW.toLocaleString('en')} newest articles`),
  articles: z.array(articleSummarySchema).describe('The 20 newest articles mentioning it (more through GET /articles?entity=)'),
});
export type EntityDetail = z.infer<typeof entityDetailSchema>;
