import { z } from 'zod';

const articleRef = {
  articleId: z.string().regex(/^[0-9a-f]{32}$/),
  droppedAt: z.number(),
  path: z.string().optional().describe('The inbox path, carried along for log lines (absent in messages from older versions)'),
  reprocess: z.boolean().optional().describe('Set by the reprocess command: re-run even when done'),
};

/** dedupe -> entities: the article is stored and is not a duplicate. */
export const articleAcceptedSchema = z.object({ v: z.literal(1), ...articleRef });
export type ArticleAccepted = z.infer<typeof articleAcceptedSchema>;

/** dedupe -> anyone: the article duplicates an earlier one (its cluster's first article). */
export const articleDuplicateSchema = z.object({
  v: z.literal(1),
  ...articleRef,
  duplicateOf: z.string(),
  similarity: z.number().min(0).max(1),
  kind: z.enum(['exact', 'near']),
});
export type ArticleDuplicate = z.infer<typeof articleDuplicateSchema>;

/** entities -> quotes: mentions are stored; quote attribution can resolve speakers. */
export const entitiesExtractedSchema = z.object({ v: z.literal(1), ...articleRef, mentions: z.number().int().nonnegative() });
export type EntitiesExtracted = z.infer<typeof entitiesExtractedSchema>;

/** quotes -> anyone: the article is fully processed. */
export const articleCompletedSchema = z.object({ v: z.literal(1), ...articleRef, quotes: z.number().int().nonnegative() });
export type ArticleCompleted = z.infer<typeof articleCompletedSchema>;
