import { EntityMention } from '../types';

// Placeholder until the entity extractor lands (issue 3).
export function extractEntities(_text: string): EntityMention[] {
  return [];
}
