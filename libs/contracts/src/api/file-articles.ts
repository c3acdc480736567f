import { z } from 'zod';
import { clusterMemberSchema } from './articles';

/** Up to 100 ledger ids, comma-separated: one call links a whole page of the file ledger. */
export const fileArticlesQuerySchema = z.strictObject({
  ids: z.string().regex(/^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$/, 'ids is a comma-separated list of up to 100 file ids').describe('Ledger ids (the id of GET /files items)'),
});
export type FileArticlesQuery = z.infer<typeof fileArticlesQuerySchema>;

/** How many of a file's articles are listed; articleCount says how many it has. */
export const FILE_ARTICLES_SHOWN = 3;

export const fileArticleSchema = clusterMemberSchema.pick({ id: true, title: true, source: true, date: true, dateKind: true }).extend({
  recordIndex: z.number().int(),
  lead: z.string().describe('The first words of the body, for untitled articles'),
});
export type FileArticle = z.infer<typeof fileArticleSchema>;

export const fileArticlesSchema = z.object({
  items: z.array(
    z.object({
      fileId: z.string(),
      originalFileId: z.string().nullable().describe('For a duplicate file: the ledger entry of the file first stored with this content'),
      articleCount: z.number().int().describe('Stored articles of the file (of the original, for a duplicate file)'),
      articles: z.array(fileArticleSchema).describe(`The first ${FILE_ARTICLES_SHOWN} by record index`),
    }),
  ),
});
export type FileArticles = z.infer<typeof fileArticlesSchema>;
