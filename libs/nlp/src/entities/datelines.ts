import { EntityMention } from '../types';
import { RawMention } from './canonical';
import { aliasKey, knownEntity } from './names';

interface Range {
  start: number;
  end: number;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const within = (m: Range, span: Range) => m.start >= span.start && m.end <= span.end;

/**
 * A wire dateline ("CHISINAU —") names the place the story was filed from. The tagger, which learned
 * upper case from headlines and acronyms, often calls it an organisation or cuts it short; where it
 * saw a name there, or the gazetteer knows the word as a place, the whole span becomes one LOCATION.
 */
export function placeDatelines(text: string, raw: readonly RawMention[], datelines: readonly Range[], isPlace: (word: string) => boolean): RawMention[] {
  const places = datelines.filter((d) => raw.some((r) => overlaps(r, d)) || isPlace(text.slice(d.start, d.end).toLowerCase()));
  if (places.length === 0) return [...raw];
  const kept = raw.filter((r) => !places.some((d) => overlaps(r, d)));
  return [...kept, ...places.map((d) => ({ type: 'LOCATION' as const, start: d.start, end: d.end }))].sort((a, b) => a.start - b.start);
}

/** "ST. PETERSBURG" → "St. Petersburg": a capital at the start of each word, the rest lower case. */
function usualCasing(name: string): string {
  return name.toLowerCase().replace(/(^|[\s.'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

const hasLowerCase = (s: string) => s !== s.toUpperCase();

/**
 * A dateline place is the place its normal-cased mentions name: it takes their canonical name (or
 * its usual casing when the text has none), and every mention of that name is a LOCATION. The
 * upper-case form is never the canonical name.
 */
export function canonicalDatelines(mentions: EntityMention[], datelines: readonly Range[]): void {
  for (const d of datelines) {
    for (const place of mentions.filter((m) => within(m, d))) {
      const key = aliasKey(place.text);
      const written = mentions.find((m) => hasLowerCase(m.text) && aliasKey(m.text) === key);
      const canonical = written?.canonical ?? knownEntity(place.text)?.canonical ?? usualCasing(place.canonical);
      for (const m of mentions) {
        // A lone "Washington" resolved to George Washington stays a person.
        const named = aliasKey(m.canonical) === key || (m.type !== 'PERSON' && aliasKey(m.text) === key);
        if (!named) continue;
        m.type = 'LOCATION';
        m.canonical = canonical;
      }
    }
  }
}
