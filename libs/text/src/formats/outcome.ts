import { z } from 'zod';

export const articleFormatSchema = z.enum(['txt', 'md', 'html', 'json', 'jsonl']);
export type ArticleFormat = z.infer<typeof articleFormatSchema>;

export const rejectionCodeSchema = z.enum([
  'binary',
  'empty',
  'too-large',
  'malformed-json',
  'invalid-record',
  'no-article-text',
  'too-complex',
  'encoding',
  'unreadable',
]);
export type RejectionCode = z.infer<typeof rejectionCodeSchema>;

export const parsedArticleSchema = z.object({
  /** 0 for single-article files; the 0-based item index in a JSON array; the 1-based line number in JSONL. */
  recordIndex: z.number().int().nonnegative(),
  /**
   * The text that extraction offsets refer to. For .txt/.md: the whole decoded file (BOM stripped,
   * nothing else changed). For html/json/jsonl: title + "\n\n" + body (just body when there is no
   * title or the body already opens with it).
   */
  text: z.string(),
  title: z.string().nullable(),
  /** The article body: for .txt the whole text, for .md the text after any front matter. */
  body: z.string(),
  url: z.string().nullable(),
  /** ISO 8601 (Date.toISOString); a date without a time reads as midnight UTC. */
  publishedAt: z.string().nullable(),
  /** Outlet / site name. */
  source: z.string().nullable(),
  byline: z.string().nullable(),
  /** The dateline's place, e.g. "Minsk" from "Minsk, 11 February 2021" (its date goes to publishedAt). */
  dateline: z.string().nullable(),
  format: articleFormatSchema,
  encoding: z.string(),
});
export type ParsedArticle = z.infer<typeof parsedArticleSchema>;

export const rejectionSchema = z.object({
  /** Null when the whole file is refused; else the record's recordIndex (JSON index or JSONL line). */
  recordIndex: z.number().int().nonnegative().nullable(),
  reason: z.string(),
  code: rejectionCodeSchema,
});
export type Rejection = z.infer<typeof rejectionSchema>;

export const parseOutcomeSchema = z.object({
  articles: z.array(parsedArticleSchema),
  rejections: z.array(rejectionSchema),
  /** Set when the file is not an article format at all (unknown extension): recorded, not rejected. */
  ignored: z.object({ reason: z.string() }).optional(),
});
export type ParseOutcome = z.infer<typeof parseOutcomeSchema>;

export interface ParseLimits {
  maxBytes: number;
}

/** Decoded file contents handed to a format parser. */
export interface DecodedFile {
  text: string;
  encoding: string;
}

export function fileRejection(code: RejectionCode, reason: string): ParseOutcome {
  return { articles: [], rejections: [{ recordIndex: null, code, reason }] };
}

/** Title and body joined the way ParsedArticle.text documents. */
export function articleText(title: string | null, body: string): string {
  if (!title || body.startsWith(title)) return body;
  return `${title}\n\n${body}`;
}
