import { extractEntities } from './entities';
import { extractQuotes } from './quotes';
import { CharRange, inBody } from './body-spans';
import { Extraction } from './types';

export * from './types';
export * from './version';
export * from './body-spans';
export { extractEntities, linkKeys, sameEntity } from './entities';
export type { LinkDecision, LinkableEntity } from './entities';
export { extractQuotes, quoteAnchors, quoteGroupKey, sameStatement } from './quotes';

/** Entities first: quote attribution resolves speakers through them. */
export function extract(text: string): Extraction {
  const entities = extractEntities(text);
  return { entities, quotes: extractQuotes(text, entities) };
}

/** What the pipeline stores for an article: extraction over the whole text, kept to the body. */
export function extractBody(text: string, boilerplate: readonly CharRange[]): Extraction {
  const entities = inBody(extractEntities(text), boilerplate);
  return { entities, quotes: inBody(extractQuotes(text, entities), boilerplate) };
}
