import { EntityMention, Quote } from '../types';

// Placeholder until the quote extractor lands (issue 4).
export function extractQuotes(_text: string, _entities: EntityMention[]): Quote[] {
  return [];
}
