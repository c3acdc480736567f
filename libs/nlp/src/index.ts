import { extractEntities } from './entities';
import { extractQuotes } from './quotes';
import { Extraction } from './types';

export * from './types';
export * from './version';
export { extractEntities, linkKeys, sameEntity } from './entities';
export type { LinkDecision, LinkableEntity } from './entities';
export { extractQuotes, quoteAnchors, quoteGroupKey, sameStatement } from './quotes';

/** Entities first: quote attribution resolves speakers through them. */
export function extract(text: string): Extraction {
  const entities = extractEntities(text);
  return { entities, quotes: extractQuotes(text, entities) };
}
