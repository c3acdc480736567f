const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
/** Dotted initialisms (u.s., u.k., a.m.): written with and without the dots. */
const INITIALISM = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu;
/** A hyphen or apostrophe inside a word (e-mail, re-election, o'brien): house styles differ on both. */
const WORD_JOINER = /(?<=\p{L})['-](?=\p{L})/gu;
/** Thousands separators: 10,000 and 10000. */
const THOUSANDS = /(?<=\d),(?=\d{3}(?!\d))/g;
const PERCENT = /\s*%|\bper cent\b/g;

/**
 * Words of a text already in comparison form (normaliseForComparison: NFKC, lower case, one quote and
 * dash style), with what house styles still write differently folded as well: accents, the dots of
 * initialisms, hyphens and apostrophes inside words, thousands separators, "%" and "per cent". What is
 * left of punctuation no longer counts. Only shingles use this; the exact-duplicate hash does not.
 */
export function comparisonWords(normalised: string): string[] {
  const folded = normalised
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(INITIALISM, (m) => m.replace(/\./g, ''))
    .replace(WORD_JOINER, '')
    .replace(THOUSANDS, '')
    .replace(PERCENT, ' percent');
  return folded.match(WORD) ?? [];
}
