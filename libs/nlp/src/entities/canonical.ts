import { EntityMention, EntityType } from '../types';
import { classAt, isLetterOrDigit, SPACE } from './chars';
import { aliasKey, compatibleGivenNames, englishGivenName, extendToKnownName, initials, isAcronym, isTitleWord, knownEntity, transliterationKey } from './names';
import { memoize } from './memo';

/** A tagged mention before canonicalisation. */
export interface RawMention {
  type: EntityType;
  start: number;
  end: number;
}

// "The West" is a political actor and treaties are documents (seeds guidelines): neither is a place or organisation.
const NOT_ENTITIES = /^(?:West|East)$|\s(?:Treaty|Agreement|Accords?|Pact|Convention)$/;

/** Spans without a leading "the" and, for people, without titles; place pairs ("Belarus-Russia") split. */
function refine(text: string, raw: RawMention, isPlace: (word: string) => boolean): RawMention[] {
  let { start, end } = raw;
  const { type } = raw;
  while (start < end && !isLetterOrDigit(classAt(text, start))) start++;
  while (end > start && !isLetterOrDigit(classAt(text, end - 1)) && text.charCodeAt(end - 1) !== 46) end--;
  if (text.startsWith('the ', start) && end - start > 4) start += 4;
  if (type === 'PERSON') start = stripTitleWords(text, start, end);
  end = extendToKnownName(text, start, end);
  const surface = text.slice(start, end);
  if (start >= end || NOT_ENTITIES.test(surface)) return [];
  if (surface.includes('-') && /^[^\s-]+(-[^\s-]+)+$/.test(surface) && !knownEntity(surface)) {
    const parts = surface.split('-');
    if (parts.every((p) => isPlace(p.toLowerCase()) || knownEntity(p)?.type === 'LOCATION')) {
      let at = start;
      return parts.map((p) => {
        const m = { type: 'LOCATION' as const, start: at, end: at + p.length };
        at += p.length + 1;
        return m;
      });
    }
  }
  return [{ type, start, end }];
}

/** The start of the first word in [start, end) that is not a title; the last word always stays. */
function stripTitleWords(text: string, start: number, end: number): number {
  let at = start;
  for (;;) {
    while (at < end && classAt(text, at) === SPACE) at++;
    if (at >= end) return start;
    const wordStart = at;
    while (at < end && classAt(text, at) !== SPACE) at++;
    const wordEnd = at;
    while (at < end && classAt(text, at) === SPACE) at++;
    if (at >= end || !isTitleWord(text.slice(wordStart, wordEnd))) return wordStart;
  }
}

/** One type per name within a document: the majority, and PERSON for the surname of a named person. */
function harmoniseTypes(mentions: EntityMention[], known: ReadonlySet<EntityMention>): void {
  const surnames = new Set(
    mentions.filter((m) => m.type === 'PERSON' && m.text.includes(' ')).map((m) => transliterationKey(lastWord(m.text))),
  );
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    if (known.has(m)) continue;
    const k = aliasKey(m.text);
    const v = votes.get(k) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(k, v);
  }
  for (const m of mentions) {
    if (known.has(m)) continue;
    if (!m.text.includes(' ') && surnames.has(transliterationKey(m.text))) {
      m.type = 'PERSON';
      continue;
    }
    const v = votes.get(aliasKey(m.text))!;
    let best = m.type;
    for (const [t, n] of v) if (n > (v.get(best) ?? 0)) best = t;
    m.type = best;
  }
}

/** The name with each run of white space as one space; most names already are, and are returned as they are. */
function singleSpaced(name: string): string {
  for (let i = 0; i < name.length; i++) {
    if (classAt(name, i) === SPACE && (name.charCodeAt(i) !== 32 || classAt(name, i + 1) === SPACE)) return name.replace(/\s+/g, ' ');
  }
  return name;
}

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
// Shared arrays: callers must not change them.
const nameWords: (name: string) => readonly string[] = memoize((name) => name.split(/\s+/));

interface PersonCluster {
  given: string;
  surnameKey: string;
  canonical: string;
  known: boolean;
  size: number;
  positions: number[];
}

/** Full names cluster by surname and given name; a lone surname joins the nearest cluster bearing it. */
function resolvePeople(mentions: EntityMention[], known: ReadonlySet<EntityMention>): void {
  const people = mentions.filter((m) => m.type === 'PERSON');
  // Clusters by surname key, each list in order of creation.
  const clusters = new Map<string, PersonCluster[]>();
  for (const m of people) {
    const ws = nameWords(m.text);
    if (ws.length < 2) continue;
    const surnameKey = transliterationKey(ws[ws.length - 1]);
    const sameSurname = clusters.get(surnameKey) ?? [];
    if (!sameSurname.length) clusters.set(surnameKey, sameSurname);
    let c = sameSurname.find((x) => compatibleGivenNames(x.given, ws[0]));
    const isKnown = known.has(m);
    const canonical = isKnown ? m.canonical : [englishGivenName(ws[0]), ...ws.slice(1)].join(' ');
    if (!c) {
      c = { given: ws[0], surnameKey, canonical, known: isKnown, size: ws.length, positions: [] };
      sameSurname.push(c);
    } else if (!c.known && (isKnown || ws.length > c.size)) {
      Object.assign(c, { canonical, known: isKnown, size: ws.length, given: ws[0] });
    }
    c.positions.push(m.start);
  }
  for (const m of people) {
    const ws = nameWords(m.text);
    const sameSurname = clusters.get(transliterationKey(ws[ws.length - 1]));
    if (!sameSurname) continue;
    const candidates = ws.length < 2 ? sameSurname : sameSurname.filter((c) => compatibleGivenNames(c.given, ws[0]));
    if (!candidates.length) continue;
    m.canonical = nearest(candidates, m.start).canonical;
  }
}

/** The cluster with the latest mention at or before `at`; failing that, the one with the first mention after it. */
function nearest(clusters: PersonCluster[], at: number): PersonCluster {
  let best = clusters[0];
  let bestDistance = Infinity;
  for (const c of clusters) {
    // Positions ascend (mentions come in text order), so the two around `at` are found by bisection.
    const { positions } = c;
    const i = firstAfter(positions, at);
    const d = i > 0 ? at - positions[i - 1] : i < positions.length ? 1e12 + (positions[i] - at) : Infinity;
    if (d < bestDistance) { bestDistance = d; best = c; }
  }
  return best;
}

/** Index of the first element of the ascending `values` greater than `at` (values.length if none). */
function firstAfter(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An acronym takes the canonical name of the organisation in the document whose initials it spells. */
function resolveAcronyms(mentions: EntityMention[], known: ReadonlySet<EntityMention>): void {
  const byInitials = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'ORG' && m.type !== 'LOCATION') continue;
    for (const i of initials(m.text)) if (!byInitials.has(`${m.type}:${i}`)) byInitials.set(`${m.type}:${i}`, m.canonical);
  }
  for (const m of mentions) {
    if (known.has(m) || !isAcronym(m.text)) continue;
    const expansion = byInitials.get(`${m.type}:${m.text.replace(/\./g, '').toUpperCase()}`);
    if (expansion) m.canonical = expansion;
  }
}

/**
 * Document-level canonical names (DESIGN §6): titles stripped, known aliases and acronyms expanded,
 * a surname alone resolved to the full name, transliteration variants merged.
 */
export function canonicalise(text: string, raw: readonly RawMention[], isPlace: (word: string) => boolean): EntityMention[] {
  const mentions: EntityMention[] = [];
  // Mentions of KNOWN_ENTITIES keep their canonical name and type whatever the document says.
  const known = new Set<EntityMention>();
  for (const r of raw) {
    for (const { type, start, end } of refine(text, r, isPlace)) {
      if (mentions.length && start < mentions[mentions.length - 1].end) continue; // swallowed by a grown known name
      const surface = text.slice(start, end);
      const entity = knownEntity(surface);
      const mention = { text: surface, start, end, type: entity?.type ?? type, canonical: entity?.canonical ?? singleSpaced(surface) };
      if (entity) known.add(mention);
      mentions.push(mention);
    }
  }
  harmoniseTypes(mentions, known);
  resolvePeople(mentions, known);
  resolveAcronyms(mentions, known);
  return mentions;
}
