import { extractEntities } from './entities';
import { extractQuotes } from './quotes';
import { Extraction } from './types';

export * from './types';
export * from './version';
export * from './body-spans';
export * from './article-analysis';
export { extractEntities, linkKeys, nameSearchKey, sameEntity } from './entities';
export type { LinkDecision, LinkableEntity } from './entities';
export { extractQuotes, quoteAnchors, quoteGroupKey, quoteModelsNamed, sameStatement } from './quotes';
export type { QuoteModels, QuoteModelsName } from './quotes';

/** Entities, then quotes, over a whole text with no boilerplate split; an article goes through analyseArticle. */
export function extract(text: string): Extraction {
  const entities = extractEntities(text);
  return { entities, quotes: extractQuotes(text, entities) };
}
