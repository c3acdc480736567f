const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text already in comparison form (normaliseForComparison): punctuation no longer counts. */
export function comparisonWords(normalised: string): string[] {
  return normalised.match(WORD) ?? [];
}
