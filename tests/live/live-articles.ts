import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Two short wire stories: one quoting Alexander Lukashenko, one about a zebra. */
export const LIVE_ARTICLES = {
  lukashenko: {
    file: 'lukashenko-sovereignty.txt',
    text: `Lukashenko vows to defend sovereignty

MINSK, March 1 (Reuters) - Belarusian President Alexander Lukashenko said on Friday that the country would not bow to pressure from the European Union.

"We will not give up our sovereignty," Lukashenko told reporters in Minsk. "Nobody will dictate to us how to live."

Officials in Brussels declined to comment on the remarks.
`,
  },
  zebra: {
    file: 'zoo-zebra.txt',
    text: `Zoo welcomes a zebra foal

WARSAW, March 2 (Reuters) - The Warsaw zoo welcomed a zebra foal on Saturday, its director Anna Kowalska said.

"The foal is healthy and curious," Kowalska said, adding that visitors could see the zebra from next week.
`,
  },
};

/** Writes an article into the inbox through a temporary name and a rename, as a scraper would; returns its file name. */
export function dropArticle(inbox: string, article: { file: string; text: string }): string {
  writeFileSync(join(inbox, `.${article.file}.tmp`), article.text);
  renameSync(join(inbox, `.${article.file}.tmp`), join(inbox, article.file));
  return article.file;
}
