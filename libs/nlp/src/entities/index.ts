import { datelinePlaceSpans } from '@newsflow/text';
import { EntityMention } from '../types';
import { canonicalise, RawMention } from './canonical';
import { canonicalDatelines, placeDatelines } from './datelines';
import { defaultModel } from './model-file';
import { tagTokens } from './tagger';
import { tokenize } from './tokenize';

export { sameEntity, linkKeys } from './link';
export { nameSearchKey } from './name-search-key';
export type { LinkDecision, LinkableEntity } from './link';

const TYPE_OF = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOCATION' } as const;
const PLACE_CLASSES = new Set(['COUNTRY', 'CITY', 'REGION', 'PLACE']);

/** Named entities (PERSON, ORG, LOCATION) with exact offsets and document-level canonical names. */
export function extractEntities(text: string): EntityMention[] {
  const model = defaultModel();
  const tokens = tokenize(text);
  const raw: RawMention[] = [];
  for (const span of tagTokens(model, tokens)) {
    if (span.label === 'MISC') continue;
    raw.push({ type: TYPE_OF[span.label], start: tokens.start[span.first], end: tokens.end[span.last] });
  }
  const isPlace = (word: string) => (model.gazetteer.get(word) ?? []).some((c) => PLACE_CLASSES.has(c));
  const datelines = datelinePlaceSpans(text);
  if (datelines.length === 0) return canonicalise(text, raw, isPlace);
  const mentions = canonicalise(text, placeDatelines(text, raw, datelines, isPlace), isPlace);
  canonicalDatelines(mentions, datelines);
  return mentions;
}
