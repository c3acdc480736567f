import { extractEntities } from './entities';
import { extractQuotes } from './quotes';
import { Extraction } from './types';

export * from './types';
export { extractEntities } from './entities';
export { extractQuotes } from './quotes';

/** Entities first: quote attribution resolves speakers through them. */
export function extract(text: string): Extraction {
  const entities = extractEntities(text);
  return { entities, quotes: extractQuotes(text, entities) };
}
