import { z } from 'zod';

/** One version of an article: each correction of a file at one path is a new version. */
export const articleVersionSchema = z.object({
  id: z.string(),
  version: z.number().int().describe('1 for the first content seen at the path, one more for each correction'),
  receivedAt: z.string(),
  fileHash: z.string(),
  state: z.string(),
  current: z.boolean().describe('The version whose entities, quotes and cluster count in queries'),
});
export type ArticleVersion = z.infer<typeof articleVersionSchema>;

/** What an article detail says about its versions and retraction. */
export const articleVersioningFields = {
  version: z.number().int(),
  supersededBy: z.string().nullable().describe('Set on an old version: the version that replaced it'),
  currentId: z.string().describe('The current version of this article (itself unless superseded)'),
  retractedAt: z.string().nullable(),
  versions: z.array(articleVersionSchema).describe('Every version at this path and record, oldest first'),
};

export const retractionResultSchema = z.object({
  id: z.string().describe('The article retracted (the current version of the one asked for)'),
  path: z.string(),
  retractedAt: z.string(),
  alreadyRetracted: z.boolean(),
  promoted: z.string().nullable().describe('The duplicate promoted to original because the article headed its cluster; it is sent to extraction'),
});
export type RetractionResult = z.infer<typeof retractionResultSchema>;

export const uiConfigSchema = z.object({
  apiKeyRequired: z.boolean().describe('Mutating routes (retraction, dead-letter replay) need X-API-Key'),
});
export type UiConfig = z.infer<typeof uiConfigSchema>;
