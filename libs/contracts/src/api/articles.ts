import { z } from 'zod';
import { articleVersioningFields } from './versions';
import { articleIdSchema, dateRangeParams, highlightedTextSchema, numericIdSchema, offsetRangeSchema, pageOf, pageParams, searchTextSchema, withOrderedRange, dateKindSchema } from './common';

/** superseded: an old version of a corrected article; retracted: withdrawn. Lists leave both out unless asked for by state. */
export const ARTICLE_STATES = ['accepted', 'duplicate', 'completed', 'superseded', 'retracted'] as const;

/** The filters of GET /articles, which GET /export/articles shares. */
export const articleFilterParams = {
  q: searchTextSchema.optional().describe('Full-text search (web search syntax: "phrase", -not, or)'),
  entity: searchTextSchema
    .optional()
    .describe('Articles mentioning the entity of this name, spelled loosely like /entities?q= (the best-matching entities)'),
  speaker: searchTextSchema.optional().describe('Articles quoting this speaker, matched like entity (or part of the resolved speaker name)'),
  source: searchTextSchema.optional().describe('Outlet name (case-insensitive)'),
  state: z.enum(ARTICLE_STATES).optional(),
  ...dateRangeParams,
};

export type ArticleFilters = Partial<{ [K in keyof typeof articleFilterParams]: z.infer<(typeof articleFilterParams)[K]> }>;

export const articleSearchQuerySchema = withOrderedRange(
  z.strictObject({
    ...articleFilterParams,
    sort: z.enum(['date', 'relevance']).optional().describe('Default: relevance when q is given, otherwise date (newest first)'),
    ...pageParams,
  }),
);
export type ArticleSearchQuery = z.infer<typeof articleSearchQuerySchema>;

export const articleIdParamsSchema = z.strictObject({ id: articleIdSchema });

/** How an article is dated: by its publication date in the page's own offset, or, undated, by when it arrived. */
const articleDateFields = {
  date: z.string().describe('publishedAt when the article is dated, otherwise when newsflow received it (see dateKind)'),
  dateKind: dateKindSchema.describe('"received" for an undated article: its date is when newsflow received it'),
  publishedAt: z
    .string()
    .nullable()
    .describe("ISO 8601 in the page's own offset (2021-11-15T00:20:00.000+02:00): its first ten characters are the page's calendar day; null when undated"),
  publishedOffsetMinutes: z.number().int().nullable().describe('The offset publishedAt was written in, minutes east of UTC; null when the source named no zone'),
};

export const articleSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  path: z.string(),
  ...articleDateFields,
  receivedAt: z.string(),
  state: z.enum(ARTICLE_STATES),
  duplicateOf: z.string().nullable(),
  rank: z.number().nullable().describe('Full-text rank when q is given'),
  snippet: highlightedTextSchema.nullable().describe('Best matching passage when q is given, else the start of the body'),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export const articlePageSchema = pageOf(articleSummarySchema);

export const clusterMemberSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  date: z.string(),
  dateKind: dateKindSchema,
  isRoot: z.boolean(),
  similarity: z.number().nullable(),
  kind: z.string().nullable().describe('exact or near'),
});
export type ClusterMember = z.infer<typeof clusterMemberSchema>;
export const clusterSchema = z.object({ rootId: z.string(), members: z.array(clusterMemberSchema).describe('Root first, then duplicates by date') });
export type Cluster = z.infer<typeof clusterSchema>;

export const articleEntitySchema = z.object({
  entityId: z.string(),
  canonical: z.string(),
  type: z.string(),
  mentions: z.array(z.object({ text: z.string(), start: z.number().int(), end: z.number().int() })),
});

export const articleQuoteSchema = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  kind: z.string(),
  speaker: z.object({ text: z.string(), start: z.number().int().nullable(), end: z.number().int().nullable() }).nullable(),
  speakerCanonical: z.string().nullable(),
  speakerEntityId: z.string().nullable(),
  cue: z.object({ text: z.string(), start: z.number().int().nullable(), end: z.number().int().nullable() }).nullable(),
  groupKey: z.string(),
});
export type ArticleQuote = z.infer<typeof articleQuoteSchema>;

/** One rejected record of an otherwise accepted file (recordIndex null: the whole file). */
export const fileRejectionSchema = z.object({ recordIndex: z.number().int().nullable(), reason: z.string(), code: z.string() });

export const ledgerEntrySchema = z.object({
  id: z.string(),
  path: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  contentHash: z.string(),
  state: z.string(),
  reason: z.string().nullable(),
  duplicateOfPath: z.string().nullable(),
  articles: z.number().int(),
  rejections: z.array(fileRejectionSchema).describe('Records of the file that were rejected'),
  deadLetters: z
    .array(z.object({ articleId: z.string(), stage: z.string(), reason: z.string(), deadLetterId: z.string().nullable(), at: z.string() }))
    .describe('Articles of the file parked in the dead letters (state dead-lettered), with the stage and reason; replaying them clears this'),
  firstSeenAt: z.string(),
  updatedAt: z.string(),
  retractedAt: z.string().nullable().describe('Set on a tombstone (state retracted): this content at this path is not published again'),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export const articleStageSchema = z.object({
  stage: z.string(),
  version: z.string(),
  status: z.string(),
  error: z.string().nullable(),
  updatedAt: z.string(),
});

export const articleDetailSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  text: z.string().describe('The decoded text; every offset in this response points into it'),
  body: z.string().describe('The text without boilerplate'),
  boilerplate: z.array(offsetRangeSchema).describe('Ranges of text that are boilerplate'),
  source: z.string().nullable(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  ...articleDateFields,
  receivedAt: z.string(),
  droppedAt: z.string(),
  completedAt: z.string().nullable(),
  state: z.enum(ARTICLE_STATES),
  path: z.string(),
  format: z.string(),
  encoding: z.string(),
  recordIndex: z.number().int(),
  fileHash: z.string(),
  bodyHash: z.string(),
  duplicate: z.object({ of: z.string(), kind: z.string().nullable(), similarity: z.number().nullable() }).nullable(),
  entities: z.array(articleEntitySchema),
  quotes: z.array(articleQuoteSchema),
  cluster: clusterSchema.nullable().describe('The near-duplicate cluster this article belongs to, if any'),
  ledger: ledgerEntrySchema.nullable(),
  stages: z.array(articleStageSchema),
  ...articleVersioningFields,
});
export type ArticleDetail = z.infer<typeof articleDetailSchema>;

export const storiesQuerySchema = withOrderedRange(z.strictObject({ ...dateRangeParams, source: searchTextSchema.optional(), ...pageParams }));
export type StoriesQuery = z.infer<typeof storiesQuerySchema>;
export const storySchema = z.object({
  rootId: z.string(),
  title: z.string().nullable(),
  date: z.string(),
  size: z.number().int(),
  sources: z.array(z.string()).describe('Distinct outlets carrying the story'),
  members: z.array(clusterMemberSchema),
});
export type Story = z.infer<typeof storySchema>;
export const storyPageSchema = pageOf(storySchema);

export const numericIdParamsSchema = z.strictObject({ id: numericIdSchema });
