import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const articleIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'an article id is 32 lower-case hex characters');
export const numericIdSchema = z.string().regex(/^[1-9][0-9]{0,17}$/, 'an id is a positive integer');

/** Opaque keyset cursor: base64url text handed back by the previous page. */
export const cursorSchema = z.string().regex(/^[A-Za-z0-9_-]{1,1024}$/, 'not a cursor returned by this API').describe('The nextCursor of the previous page');
export const limitSchema = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).describe(`Page size (1-${MAX_PAGE_SIZE})`);
export const pageParams = { cursor: cursorSchema.optional(), limit: limitSchema };

/** A calendar day (a whole day, inclusive on both ends) or an ISO 8601 instant with an offset. */
export const dateParamSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
export const dateRangeParams = {
  from: dateParamSchema.optional().describe('Earliest article date (YYYY-MM-DD or ISO 8601 instant)'),
  to: dateParamSchema.optional().describe('Latest article date (a YYYY-MM-DD includes that whole day)'),
};

export const queryBoolSchema = z.enum(['true', 'false']).transform((v) => v === 'true');
export const searchTextSchema = z.string().trim().min(1).max(500);

export const offsetRangeSchema = z.object({ start: z.number().int(), end: z.number().int() });
export type OffsetRange = z.infer<typeof offsetRangeSchema>;

/** Text with highlighted ranges (offsets into text), so clients never need to parse markup. */
export const highlightedTextSchema = z.object({ text: z.string(), highlights: z.array(offsetRangeSchema) });
export type HighlightedText = z.infer<typeof highlightedTextSchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page') });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
