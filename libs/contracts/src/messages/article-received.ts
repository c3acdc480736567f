import { z } from 'zod';

export const articleMetadataSchema = z.object({
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable().describe("ISO 8601 when known, in the page's own offset (2021-11-15T00:20:00.000+02:00)"),
  source: z.string().nullable().describe('Outlet or site name'),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
});
export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;

/** A claim check: text too large for a NATS message lives in the JetStream object store. */
export const textRefSchema = z.object({ bucket: z.string(), key: z.string(), bytes: z.number().int().nonnegative() });
export type TextRef = z.infer<typeof textRefSchema>;

/** watcher -> dedupe: one article read from one file (a JSONL file yields one per line). */
export const articleReceivedSchema = z
  .object({
    v: z.literal(1),
    articleId: z.string().regex(/^[0-9a-f]{32}$/),
    fileHash: z.string().regex(/^[0-9a-f]{64}$/),
    recordIndex: z.number().int().nonnegative(),
    path: z.string().min(1),
    droppedAt: z.number().describe('File mtime in epoch ms: the start of end-to-end latency'),
    format: z.string(),
    encoding: z.string(),
    meta: articleMetadataSchema,
    text: z.string().optional(),
    textRef: textRefSchema.optional(),
    reprocess: z.boolean().optional().describe('Set by `npm run reprocess -- --stage dedupe`: re-drive the article from the start'),
  })
  .refine((m) => (m.text === undefined) !== (m.textRef === undefined), {
    message: 'exactly one of text and textRef must be present',
  });
export type ArticleReceived = z.infer<typeof articleReceivedSchema>;
