import { normaliseForComparison } from '@newsflow/text';

const WORD = /[\p{L}\p{N}]+/gu;

/** The body's words in comparison form: punctuation, typography and case no longer matter. */
export function comparisonWords(body: string): string[] {
  return normaliseForComparison(body).match(WORD) ?? [];
}

/** Overlapping runs of `size` words, joined by single spaces. A body shorter than one shingle has none. */
export function wordShingles(words: readonly string[], size: number): string[] {
  const shingles: string[] = [];
  for (let i = 0; i + size <= words.length; i++) shingles.push(words.slice(i, i + size).join(' '));
  return shingles;
}
