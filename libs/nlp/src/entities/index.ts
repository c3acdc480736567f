import { EntityMention } from '../types';
import { defaultModel } from './model-file';
import { tagTokens } from './tagger';
import { tokenize } from './tokenize';

const TYPE_OF = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOCATION' } as const;

/** Named entities (PERSON, ORG, LOCATION) with exact offsets and document-level canonical names. */
export function extractEntities(text: string): EntityMention[] {
  const tokens = tokenize(text);
  const out: EntityMention[] = [];
  for (const span of tagTokens(defaultModel(), tokens)) {
    if (span.label === 'MISC') continue;
    const start = tokens[span.first].start;
    const end = tokens[span.last].end;
    const surface = text.slice(start, end);
    out.push({ text: surface, type: TYPE_OF[span.label], start, end, canonical: surface });
  }
  return out;
}
