import { EntityType } from '../types';
import { aliasKey, compatibleGivenNames, englishGivenName, initials, isAcronym, knownEntity, transliterationKey } from './names';

/** An entity as the global table holds it: its canonical name and the aliases seen so far. */
export interface LinkableEntity {
  canonical: string;
  type: EntityType;
  aliases?: readonly string[];
}

export type LinkRule = 'same-name' | 'known-alias' | 'acronym' | 'transliteration' | 'surname' | 'type-mismatch' | 'different';

/** Whether two entities are one, by which rule, and a sentence to store as the reason for a merge. */
export interface LinkDecision {
  same: boolean;
  rule: LinkRule;
  reason: string;
  /**
   * A lone surname matching a full name: merge only when it is the single candidate, since two
   * people may share a surname.
   */
  weak: boolean;
}

const namesOf = (e: LinkableEntity) => [e.canonical, ...(e.aliases ?? [])];
const words = (name: string) => name.split(/\s+/).filter(Boolean);

/**
 * Keys under which the global entity table should index an entity, so that every candidate for
 * `sameEntity` shares at least one key with it. Keys never cross types.
 */
export function linkKeys(e: LinkableEntity): string[] {
  const keys = new Set<string>();
  for (const name of namesOf(e)) {
    keys.add(`${e.type}|${aliasKey(name)}`);
    const known = knownEntity(name);
    if (known && known.type === e.type) keys.add(`${e.type}|known:${known.canonical}`);
    const ws = words(name);
    if (e.type === 'PERSON') keys.add(`${e.type}|surname:${transliterationKey(ws[ws.length - 1] ?? '')}`);
    else if (isAcronym(name)) keys.add(`${e.type}|acronym:${name.replace(/\./g, '').toUpperCase()}`);
    else if (ws.length === 1) keys.add(`${e.type}|spelling:${transliterationKey(name)}`);
    if (e.type !== 'PERSON') for (const i of initials(name)) keys.add(`${e.type}|acronym:${i}`);
  }
  return [...keys];
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Person names: same surname spelling key and compatible given names; or a lone surname (weak). */
function samePerson(a: string, b: string): LinkDecision | null {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return null;
  const sa = transliterationKey(wa[wa.length - 1]);
  if (sa !== transliterationKey(wb[wb.length - 1])) return null;
  if (wa.length > 1 && wb.length > 1) {
    if (!compatibleGivenNames(wa[0], wb[0])) return null;
    return { same: true, rule: 'transliteration', weak: false, reason: `"${a}" and "${b}" are spellings of one name (surname key "${sa}", given names ${englishGivenName(wa[0])}/${englishGivenName(wb[0])})` };
  }
  return { same: true, rule: 'surname', weak: true, reason: `"${wa.length > 1 ? b : a}" is the surname of "${wa.length > 1 ? a : b}"` };
}

function acronymOf(acronym: string, name: string): boolean {
  return isAcronym(acronym) && initials(name).includes(acronym.replace(/\./g, '').toUpperCase());
}

/** Compares two names of one type; see sameEntity. */
function sameName(a: string, b: string, type: EntityType): LinkDecision | null {
  if (aliasKey(a) === aliasKey(b)) return { same: true, rule: 'same-name', weak: false, reason: `"${a}" and "${b}" are the same name` };
  const ka = knownEntity(a);
  const kb = knownEntity(b);
  if (ka && ka === kb && ka.type === type) return { same: true, rule: 'known-alias', weak: false, reason: `"${a}" and "${b}" are known aliases of ${ka.canonical}` };
  if (type === 'PERSON') return samePerson(a, b);
  for (const [x, y] of [[a, b], [b, a]]) {
    if (acronymOf(x, y)) return { same: true, rule: 'acronym', weak: false, reason: `"${x}" is the acronym of "${y}"` };
  }
  if (!a.includes(' ') && !b.includes(' ') && transliterationKey(a) === transliterationKey(b) && editDistance(a.toLowerCase(), b.toLowerCase()) <= 2) {
    return { same: true, rule: 'transliteration', weak: false, reason: `"${a}" and "${b}" are spellings of one name (key "${transliterationKey(a)}")` };
  }
  return null;
}

/**
 * Cross-document identity for the global entity table. Never links across types. Tries every
 * name pair (canonical and aliases) and returns the first rule that links them, with its reason.
 */
export function sameEntity(a: LinkableEntity, b: LinkableEntity): LinkDecision {
  if (a.type !== b.type) return { same: false, rule: 'type-mismatch', weak: false, reason: `${a.type} and ${b.type} never merge` };
  let weak: LinkDecision | null = null;
  for (const x of namesOf(a)) {
    for (const y of namesOf(b)) {
      const d = sameName(x, y, a.type);
      if (d && !d.weak) return d;
      weak ??= d;
    }
  }
  return weak ?? { same: false, rule: 'different', weak: false, reason: `no rule links "${a.canonical}" and "${b.canonical}"` };
}
