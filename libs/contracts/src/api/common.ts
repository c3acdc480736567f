import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const articleIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'an article id is 32 lower-case hex characters');
export const numericIdSchema = z.string().regex(/^[1-9][0-9]{0,17}$/, 'an id is a positive integer');

/** Opaque keyset cursor: base64url text handed back by the previous page. */
export const cursorSchema = z.string().regex(/^[A-Za-z0-9_-]{1,1024}$/, 'not a cursor returned by this API').describe('The nextCursor of the previous page');
export const limitSchema = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).describe(`Page size (1-${MAX_PAGE_SIZE})`);
export const pageParams = { cursor: cursorSchema.optional(), limit: limitSchema };

const ISO_DAY = z.iso.date();
const ISO_INSTANT = z.iso.datetime({ offset: true });
export const DATE_FORMAT_HINT = 'an ISO 8601 date (2024-03-01) or date-time with a zone (2024-03-01T09:30:00Z, 2024-03-01T11:30:00+02:00)';

/** A calendar day (a whole day, inclusive on both ends) or an ISO 8601 instant with an offset. */
export const dateParamSchema = z
  .string()
  .refine((v) => ISO_DAY.safeParse(v).success || ISO_INSTANT.safeParse(v).success, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a date: give ${DATE_FORMAT_HINT}`,
  });
export const dateRangeParams = {
  from: dateParamSchema.optional().describe('Earliest article date (YYYY-MM-DD or ISO 8601 instant)'),
  to: dateParamSchema.optional().describe('Latest article date (a YYYY-MM-DD includes that whole day)'),
};

/** Where a from/to range starts and ends (ms since the epoch, end exclusive): a bare day covers the whole UTC day. */
function rangeBounds(from: string, to: string): { start: number; end: number } {
  const day = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
  return { start: Date.parse(day(from) ? `${from}T00:00:00Z` : from), end: day(to) ? Date.parse(`${to}T00:00:00Z`) + 86_400_000 : Date.parse(to) + 1 };
}

/** A query object whose from must not come after its to (a 400 that says so rather than an empty list). */
export function withOrderedRange<T extends z.ZodObject>(schema: T): T {
  return schema.superRefine((value: { from?: string; to?: string }, ctx) => {
    if (!value.from || !value.to) return;
    const { start, end } = rangeBounds(value.from, value.to);
    if (start >= end) {
      ctx.addIssue({ code: 'custom', path: ['from'], input: value.from, message: `from (${value.from}) is later than to (${value.to}): from must be on or before to` });
    }
  }) as unknown as T;
}

/** Whether an article's date is its publication date or, for an undated article, when newsflow received it. */
export const dateKindSchema = z.enum(['published', 'received']);

export const queryBoolSchema = z.enum(['true', 'false']).transform((v) => v === 'true');
export const searchTextSchema = z.string().trim().min(1).max(500);

export const offsetRangeSchema = z.object({ start: z.number().int(), end: z.number().int() });
export type OffsetRange = z.infer<typeof offsetRangeSchema>;

/** Text with highlighted ranges (offsets into text), so clients never need to parse markup. */
export const highlightedTextSchema = z.object({ text: z.string(), highlights: z.array(offsetRangeSchema) });
export type HighlightedText = z.infer<typeof highlightedTextSchema>;

/** Lists count their matches up to this many; beyond it, total is the cap and totalCapped is true. */
export const TOTAL_CAP = 10_000;

export const pageTotalFields = {
  total: z.number().int().describe(`How many items match the filters, counted up to ${TOTAL_CAP.toLocaleString('en')} (see totalCapped)`),
  totalCapped: z.boolean().describe('true when more items match than were counted: total is then a lower bound'),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page'),
    ...pageTotalFields,
  });
}
export interface PageTotal {
  total: number;
  totalCapped: boolean;
}
export interface Page<T> extends PageTotal {
  items: T[];
  nextCursor: string | null;
}
