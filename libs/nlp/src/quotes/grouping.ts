import { memoize } from '../entities/memo';
import { withoutInterruptions } from './interrupted-quotes';
import { StatementWord, differInSubstance } from './statement-diff';

/**
 * Grouping the same statement across articles (DESIGN §7): outlets quote a speaker verbatim or lightly
 * edited (curly vs straight marks, trimmed ends, "[our]" or "(of Russia)" insertions, changed case or
 * punctuation). Pure functions; the quotes app stores the group id.
 *
 * Usage: look up stored quotes of the same speaker sharing any of `quoteAnchors(text)`, confirm with
 * `sameStatement`, and reuse that quote's group id; otherwise start a group with `quoteGroupKey(text)`.
 */

const SHINGLE = 3;
const ANCHORS = 4;
/** Jaccard on word shingles above which two quotes are one statement. */
const SAME_JACCARD = 0.5;
/** Share of the shorter quote's shingles found in the longer: an excerpt of the same statement. */
const SAME_CONTAINMENT = 0.8;

/** Words of a quote as written: no punctuation or marks, bracketed insertions and an interrupting attribution dropped. */
function writtenWords(text: string): string[] {
  return withoutInterruptions(text)
    .normalize('NFKC')
    .replace(/\([^()]{0,80}\)|\[[^[\]]{0,80}\]/g, ' ')
    .replace(/[’‘`´]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => (w.includes("'") ? w.replace(/^'+|'+$/g, '') : w))
    .filter(Boolean);
}

/** Words of a quote, normalised: lower case, no punctuation or marks, bracketed insertions dropped. */
export function quoteWords(text: string): string[] {
  return writtenWords(text).map((w) => w.toLowerCase());
}

/**
 * The same words, each remembering whether it was written with a capital (a name, or a sentence's
 * start); a number is one word however its thousands are separated ("5,000", "5.000", "5000").
 */
function statementWords(text: string): StatementWord[] {
  return writtenWords(text.replace(/(\d)[,.\u00a0\u202f](?=\d{3}(?!\d))/g, '$1')).map((w) => ({ key: w.toLowerCase(), capital: /^\p{Lu}/u.test(w) }));
}

/** FNV-1a, 32 bits. */
function fnv1aNumber(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const hex8 = (h: number) => h.toString(16).padStart(8, '0');

/** FNV-1a, 32 bits, as 8 hex digits. */
function fnv1a(s: string, seed = 0x811c9dc5): string {
  return hex8(fnv1aNumber(s, seed));
}

/**
 * Hashes of the word shingles, each the FNV-1a of the shingle's words joined by spaces, fed word by word
 * so no shingle string is built (a batch hashes a few thousand quotes).
 */
function shingleHashes(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (words.length < SHINGLE) {
    if (words.length > 0) out.add(fnv1aNumber(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = fnv1aNumber(words[i]);
    for (let k = i + 1; k < i + SHINGLE; k++) h = fnv1aNumber(words[k], fnv1aNumber(' ', h));
    out.add(h);
  }
  return out;
}

/** A stable id for the normalised text: equal for verbatim copies that differ only in marks, case or spacing. */
export function quoteGroupKey(text: string): string {
  const norm = normalisedWords(text).join(' ');
  return fnv1a(norm) + fnv1a(norm, 0x9e3779b9);
}

/** A batch keys, anchors and compares each quote, and compares each candidate with many quotes: words once. */
const normalisedWords = memoize(quoteWords, 20_000);

/** A statement's shingle hashes. */
const quoteShingles = memoize((text: string) => shingleHashes(normalisedWords(text)), 20_000);

/**
 * Lookup keys for candidate statements: the smallest shingle hashes. Two quotes sharing half their
 * shingles very likely share at least one anchor, so an index on anchors finds near variants.
 */
export function quoteAnchors(text: string): string[] {
  // Fixed-width hex sorts as the numbers do: sort numbers, format only the few kept.
  return [...quoteShingles(text)].sort((a, b) => a - b).slice(0, ANCHORS).map(hex8);
}

/** Similarity in [0, 1]: the larger of shingle Jaccard and containment of the shorter in the longer. */
export function quoteSimilarity(a: string, b: string): number {
  const sa = quoteShingles(a);
  const sb = quoteShingles(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let inter = 0;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  for (const s of small) if (large.has(s)) inter++;
  const jaccard = inter / (sa.size + sb.size - inter);
  const containment = inter / small.size;
  return Math.max(jaccard, containment >= SAME_CONTAINMENT && small.size >= 2 ? containment : 0);
}

/**
 * True when two quotes are the same statement, verbatim or lightly edited: similar enough, and no edit
 * between them changes a number, a negation or a name.
 */
export function sameStatement(a: string, b: string): boolean {
  return quoteSimilarity(a, b) >= SAME_JACCARD && !differInSubstance(statementWords(a), statementWords(b));
}
