import { z } from 'zod';
import { pageOf, pageParams, searchTextSchema } from './common';
import { ledgerEntrySchema } from './articles';

export const FILE_STATES = ['published', 'rejected', 'duplicate-file', 'ignored', 'dead-lettered', 'retracted'] as const;

export const fileListQuerySchema = z.strictObject({
  state: z.enum(FILE_STATES).optional(),
  path: searchTextSchema.optional().describe('Part of the file path (case-insensitive)'),
  ...pageParams,
});
export type FileListQuery = z.infer<typeof fileListQuerySchema>;
export const filePageSchema = pageOf(ledgerEntrySchema);
