import { wordCount } from './boilerplate-rules';
import { boilerplateLineKey, splitLines } from './text-lines';

export interface RepeatedLineOptions {
  /** A line must recur in at least this many distinct articles of the outlet. */
  minArticles?: number;
  /** ...and in at least this share of the outlet's articles seen so far. */
  minShare?: number;
  /** Furniture is short; a long paragraph recurring means republished copy, not a footer. */
  maxWords?: number;
}

const DEFAULTS: Required<RepeatedLineOptions> = { minArticles: 3, minShare: 0.2, maxWords: 30 };

/** The distinct line keys of one article, to add to its outlet's per-line article counts. */
export function articleLineKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const line of splitLines(text)) {
    const trimmed = line.text.trim();
    if (trimmed) keys.add(boilerplateLineKey(trimmed));
  }
  return keys;
}

/**
 * Lines that recur across many articles of one outlet are its furniture. Pure over counts so the
 * caller decides where the counts live (memory, a table per outlet).
 * lineArticleCounts: line key -> number of the outlet's articles containing it; articleCount: how
 * many of the outlet's articles were counted. The result feeds splitBoilerplate's knownBoilerplate.
 */
export function learnRepeatedLines(
  lineArticleCounts: ReadonlyMap<string, number>,
  articleCount: number,
  options: RepeatedLineOptions = {},
): Set<string> {
  const { minArticles, minShare, maxWords } = { ...DEFAULTS, ...options };
  const learned = new Set<string>();
  for (const [key, count] of lineArticleCounts) {
    if (count >= minArticles && count >= minShare * articleCount && wordCount(key) <= maxWords) learned.add(key);
  }
  return learned;
}
