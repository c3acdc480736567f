/** Letters with their marks (the vowel signs of Indic scripts are marks) and digits. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
/** Letters that may carry an accent (Latin, Greek, Cyrillic): only a text holding one is decomposed. */
const ACCENTABLE = /[\u00c0-\u024f\u0370-\u04ff]/;
/** The accents of those letters (café, cafe); other scripts' marks are parts of their letters. */
const COMBINING_ACCENTS = /[\u0300-\u036f]+/g;
/** Dotted initialisms (u.s., u.k., a.m.): written with and without the dots. ASCII only: a Unicode class here costs more than the rest together. */
const INITIALISM = /(?<![a-z0-9])(?:[a-z]\.){2,}/g;
/** Thousands separators: 10,000 and 10000. */
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;
const PERCENT = / ?%|\bper cent\b/g;

/**
 * Words of a text already in comparison form (normaliseForComparison: NFKC, lower case, one quote and
 * dash style), with what house styles still write differently folded as well: accents, the dots of
 * initialisms (U.S., US), thousands separators, "%" and "per cent". What is left of punctuation no longer
 * counts, so "clinton—who" and "clinton — who" are the same words. Only shingles use this; the
 * exact-duplicate hash does not.
 */
export function comparisonWords(normalised: string): string[] {
  const unaccented = ACCENTABLE.test(normalised) ? normalised.normalize('NFKD').replace(COMBINING_ACCENTS, '') : normalised;
  const folded = unaccented
    .replace(INITIALISM, (m) => m.replace(/\./g, ''))
    .replace(THOUSANDS, '$1')
    .replace(PERCENT, ' percent');
  return folded.match(WORD) ?? [];
}
