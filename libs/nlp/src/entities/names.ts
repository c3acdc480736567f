import { classAt, SPACE } from './chars';
import { GIVEN_NAME_VARIANTS, KNOWN_ENTITIES, KnownEntity } from './known-entities';
import { memoize } from './memo';

/** Words that precede a name without being part of it ("President", "Mr.", "Defence Minister"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'gen', 'general', 'minister', 'prime', 'premier',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'sir', 'dame', 'lord', 'lady', 'sen', 'senator', 'rep',
  'gov', 'governor', 'mayor', 'judge', 'justice', 'ambassador', 'secretary', 'chairman', 'chairwoman', 'chief', 'foreign',
  'defence', 'defense', 'deputy', 'vice', 'colonel', 'col', 'lt', 'lieutenant', 'captain', 'capt', 'sgt', 'sergeant',
  'major', 'maj', 'admiral', 'adm', 'sheikh', 'leader', 'spokesman', 'spokeswoman', 'patriarch', 'archbishop', 'bishop',
  'rev', 'reverend', 'coach', 'commissioner', 'director', 'comrade', 'speaker', 'envoy', 'marshal', 'field', 'interior',
  'finance', 'economy', 'health', 'press', 'presidential', 'ex', 'former', 'acting', 'late', 'opposition', 'belarusian',
  'russian', 'ukrainian', 'american', 'british', 'french', 'german', 'chinese', 'polish', 'lithuanian', 'us', 'eu',
]);

const GIVEN_NAME_OF = new Map<string, string>();
for (const [english, variants] of Object.entries(GIVEN_NAME_VARIANTS)) {
  GIVEN_NAME_OF.set(english.toLowerCase(), english);
  for (const v of variants) GIVEN_NAME_OF.set(v.toLowerCase(), english);
}

/** The usual English spelling of a given name, or the name itself. */
export function englishGivenName(name: string): string {
  return GIVEN_NAME_OF.get(name.toLowerCase()) ?? name;
}

/**
 * A spelling-independent key for one name word: diacritics and case dropped, common transliteration
 * digraphs unified (x/ks, kh/h, dz/d, w/v), then the first letter plus the consonant skeleton, so
 * Lukashenka ~ Lukashenko and Alyaksandr ~ Alexander, while Putin ≠ Peskov.
 */
export const transliterationKey = memoize(computeTransliterationKey);

function computeTransliterationKey(word: string): string {
  const s = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/dz/g, 'd')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/ck|q|c(?=[aou])/g, 'k');
  if (!s) return '';
  const rest = s.slice(1).replace(/[aeiouyjh]/g, '').replace(/(.)\1+/g, '$1');
  return s[0].replace(/[eiy]/, 'e') + rest;
}

/** Given names are compatible when equal after transliteration, or one is the other's initial ("V." ~ "Vladimir"). */
export function compatibleGivenNames(a: string, b: string): boolean {
  const x = a.replace(/\.$/, '');
  const y = b.replace(/\.$/, '');
  if (!x || !y) return false;
  if (x.length === 1 || y.length === 1) return x[0].toLowerCase() === y[0].toLowerCase();
  return transliterationKey(englishGivenName(x)) === transliterationKey(englishGivenName(y));
}

/** Whether a word is a title that may precede a name ("President", "Mr."). */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Case-, space- and "the"-insensitive key for alias look-ups. */
export const aliasKey = memoize((name: string): string => name.replace(/\s+/g, ' ').trim().toLowerCase().replace(/^the /, ''));

const KNOWN_BY_ALIAS = new Map<string, KnownEntity>();
for (const e of KNOWN_ENTITIES) {
  for (const name of [e.canonical, ...e.aliases]) KNOWN_BY_ALIAS.set(aliasKey(name), e);
}

// Multi-word known names by their first word, so a tagger span cut short ("Union" of "Union State") can grow.
const KNOWN_BY_FIRST_WORD = new Map<string, string[]>();
for (const e of KNOWN_ENTITIES) {
  for (const name of [e.canonical, ...e.aliases]) {
    const first = name.split(' ')[0];
    if (name.includes(' ')) KNOWN_BY_FIRST_WORD.set(first, [...(KNOWN_BY_FIRST_WORD.get(first) ?? []), name]);
  }
}

/** The end of the longest known name that starts at `start` and covers [start, end), else `end`. */
export function extendToKnownName(text: string, start: number, end: number): number {
  const limit = Math.min(end, start + 40);
  let firstEnd = start;
  while (firstEnd < limit && classAt(text, firstEnd) !== SPACE) firstEnd++;
  // The first word without a possessive "'s".
  const q = text.charCodeAt(firstEnd - 2);
  if (firstEnd - start >= 2 && text.charCodeAt(firstEnd - 1) === 115 && (q === 39 || q === 0x2019)) firstEnd -= 2;
  const first = text.slice(start, firstEnd);
  let best = end;
  for (const name of KNOWN_BY_FIRST_WORD.get(first) ?? []) {
    const stop = start + name.length;
    if (stop > best && text.startsWith(name, start) && !/[\p{L}\p{N}]/u.test(text[stop] ?? '')) best = stop;
  }
  return best;
}

/** The known entity a mention names, if any. */
export function knownEntity(name: string): KnownEntity | undefined {
  return KNOWN_BY_ALIAS.get(aliasKey(name));
}

const ACRONYM_SKIP = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'du', 'la', '&']);

/** Initials of a multi-word name ("Collective Security Treaty Organization" → "CSTO"), with and without function words. */
export const initials: (name: string) => readonly string[] = memoize(computeInitials);

function computeInitials(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]).join('').toUpperCase();
  const content = words.filter((w) => !ACRONYM_SKIP.has(w.toLowerCase())).map((w) => w[0]).join('').toUpperCase();
  return all === content ? [all] : [content, all];
}

/** Whether a name looks like an acronym: 2–6 letters, mostly capitals ("CSTO", "BelTA"). */
export const isAcronym = memoize(looksLikeAcronym);

function looksLikeAcronym(name: string): boolean {
  if (!/^[\p{L}.&]{2,10}$/u.test(name)) return false;
  const letters = name.replace(/[.&]/g, '');
  const caps = letters.replace(/\P{Lu}/gu, '').length;
  return letters.length >= 2 && letters.length <= 6 && caps >= 2 && caps * 2 > letters.length;
}
