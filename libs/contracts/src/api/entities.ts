import { z } from 'zod';
import { dateRangeParams, pageOf, pageParams, searchTextSchema, withOrderedRange } from './common';
import { articleSummarySchema } from './articles';

/** The entity types newsflow stores. */
export const ENTITY_TYPES = ['PERSON', 'ORG', 'LOCATION'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Names people use for the types, lower-cased, each mapped to the stored type. */
const TYPE_NAMES: Record<string, EntityType> = {
  person: 'PERSON', persons: 'PERSON', people: 'PERSON', per: 'PERSON', who: 'PERSON',
  organization: 'ORG', organizations: 'ORG', organisation: 'ORG', organisations: 'ORG', org: 'ORG', orgs: 'ORG',
  location: 'LOCATION', locations: 'LOCATION', loc: 'LOCATION', place: 'LOCATION', places: 'LOCATION', where: 'LOCATION',
};

export const entityTypeSchema = z
  .string()
  .transform((value, ctx) => {
    const type = TYPE_NAMES[value.trim().toLowerCase()];
    if (type) return type;
    ctx.issues.push({ code: 'custom', input: value, message: `${JSON.stringify(value)} is not an entity type: use person, organization or location` });
    return z.NEVER;
  })
  .describe('person, organization or location (case-insensitive; PERSON, people, ORG, organisation, LOCATION, place... also work)');

export const entityListQuerySchema = z.strictObject({
  q: searchTextSchema
    .optional()
    .describe('Name or alias, spelled loosely: exact aliases first, then names with a word starting with q, then other transliterations (Lukaschenko, Lukashenka) and similar spellings'),
  type: entityTypeSchema.optional(),
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
  type: entityTypeSchema.optional(),
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

export const entityDetailQuerySchema = withOrderedRange(z.strictObject({ ...dateRangeParams }));
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
