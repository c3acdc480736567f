import { z } from 'zod';
import { articleIdSchema, dateRangeParams, pageOf, pageParams, queryBoolSchema, searchTextSchema, withOrderedRange, dateKindSchema } from './common';

export const QUOTE_KINDS = ['direct', 'partial', 'indirect'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export const quoteKindSchema = z.enum(QUOTE_KINDS);

/** One or more quote kinds: repeated (kind=direct&kind=partial) or as a comma list (kind=direct,partial). */
export const quoteKindsSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((value, ctx) => {
    const given = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean);
    const unknown = given.filter((k) => !(QUOTE_KINDS as readonly string[]).includes(k));
    if (given.length === 0 || unknown.length) {
      ctx.issues.push({ code: 'custom', input: value, message: `${JSON.stringify(unknown.join(',') || value)} is not a quote kind: use direct, partial or indirect (repeat kind or separate kinds with commas)` });
      return z.NEVER;
    }
    return [...new Set(given)] as QuoteKind[];
  })
  .describe('direct, partial or indirect; several as kind=direct&kind=partial or kind=direct,partial');

/** The filters of GET /quotes, which GET /export/quotes shares. */
export const quoteFilterParams = {
  q: searchTextSchema.optional().describe('Full-text search in the quoted words'),
  speaker: searchTextSchema.optional().describe('Speaker by name, spelled loosely like /entities?q= (the best-matching entities), or part of the resolved speaker name'),
  about: searchTextSchema
    .optional()
    .describe('Quotes whose words mention this entity: an entity id, or a name matched like /entities?q= (the best-matching entities)'),
  kind: quoteKindsSchema.optional(),
  source: searchTextSchema.optional().describe("The article's outlet (case-insensitive)"),
  article: articleIdSchema.optional(),
  ...dateRangeParams,
};

/** sort=relevance ranks by q: without q it is a mistake worth saying. */
function relevanceNeedsQ<T extends z.ZodObject>(schema: T): T {
  return schema.superRefine((value: { q?: string; sort?: string }, ctx) => {
    if (value.sort === 'relevance' && !value.q) ctx.addIssue({ code: 'custom', path: ['sort'], input: value.sort, message: 'sort=relevance ranks by q: give q too, or sort=date' });
  }) as unknown as T;
}

export const quoteSearchQuerySchema = relevanceNeedsQ(
  withOrderedRange(
    z.strictObject({
      ...quoteFilterParams,
      sort: z.enum(['date', 'relevance']).optional().describe("Default: relevance when q is given, otherwise date (the article's date, newest first)"),
      group: queryBoolSchema.optional().describe('true: one item per statement with all the articles that carry it (newest statement first; sort does not apply)'),
      ...pageParams,
    }),
  ),
);
export type QuoteSearchQuery = z.infer<typeof quoteSearchQuerySchema>;

export const speakerQuotesQuerySchema = withOrderedRange(z.strictObject({ ...dateRangeParams, ...pageParams }));
export type SpeakerQuotesQuery = z.infer<typeof speakerQuotesQuerySchema>;

const articleRefSchema = z.object({
  articleId: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  date: z.string().describe('The publication date, or when newsflow received an undated article (see dateKind)'),
  dateKind: dateKindSchema.describe('"received" for an undated article'),
});

export const quoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  kind: quoteKindSchema,
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
  kind: quoteKindSchema.describe('The kind of the earliest stored wording'),
  speakerCanonical: z.string().nullable(),
  speakerEntityId: z.string().nullable(),
  count: z.number().int().describe('How many times the statement was stored (an article that repeats it counts each time)'),
  sources: z.array(articleRefSchema.extend({ quoteId: z.string(), text: z.string(), kind: quoteKindSchema })).describe('Every article carrying the statement, once each, with its first wording'),
});
export type QuoteGroup = z.infer<typeof quoteGroupSchema>;
export const quoteGroupPageSchema = pageOf(quoteGroupSchema);

export const quoteSearchResultSchema = z.union([quotePageSchema, quoteGroupPageSchema]);
export type QuoteSearchResult = z.infer<typeof quoteSearchResultSchema>;

export const speakerQuotesSchema = quoteGroupPageSchema.extend({
  speaker: z.object({ id: z.string(), canonical: z.string(), type: z.string() }),
});
export type SpeakerQuotes = z.infer<typeof speakerQuotesSchema>;
