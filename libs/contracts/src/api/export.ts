import { z } from 'zod';
import { ARTICLE_STATES, articleFilterParams } from './articles';
import { withOrderedRange, dateKindSchema } from './common';
import { quoteFilterParams, quoteKindSchema } from './quotes';

export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The content type each format is served as. */
export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8' };

const formatParam = {
  format: z
    .enum(EXPORT_FORMATS)
    .optional()
    .describe('csv or jsonl. Without it the Accept header decides (text/csv; application/x-ndjson or application/jsonl), else csv'),
};

export const articleExportQuerySchema = withOrderedRange(z.strictObject({ ...articleFilterParams, ...formatParam }));
export type ArticleExportQuery = z.infer<typeof articleExportQuerySchema>;
export const quoteExportQuerySchema = withOrderedRange(z.strictObject({ ...quoteFilterParams, ...formatParam }));
export type QuoteExportQuery = z.infer<typeof quoteExportQuerySchema>;

/** One exported article: a CSV row (columns in this order) or a JSON line. Newest first, every match, no cap. */
export const articleExportRowSchema = z.object({
  id: z.string(),
  date: z.string().describe('publishedAt when dated, else receivedAt (see dateKind)'),
  dateKind: dateKindSchema,
  publishedAt: z.string().nullable(),
  receivedAt: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
  state: z.enum(ARTICLE_STATES),
  duplicateOf: z.string().nullable(),
  path: z.string(),
  body: z.string().describe('The text without boilerplate'),
});
export type ArticleExportRow = z.infer<typeof articleExportRowSchema>;

/** One exported quote, with its article. Newest article first, every match, no cap. */
export const quoteExportRowSchema = z.object({
  id: z.string(),
  kind: quoteKindSchema,
  text: z.string(),
  speakerText: z.string().nullable(),
  speakerCanonical: z.string().nullable(),
  speakerEntityId: z.string().nullable(),
  cue: z.string().nullable(),
  groupKey: z.string(),
  articleId: z.string(),
  articleTitle: z.string().nullable(),
  articleSource: z.string().nullable(),
  articleDate: z.string(),
  articleDateKind: dateKindSchema,
  start: z.number().int().describe('Offsets of the quoted words in the article text'),
  end: z.number().int(),
});
export type QuoteExportRow = z.infer<typeof quoteExportRowSchema>;
