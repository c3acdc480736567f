/**
 * Dedupe tuning, passed in by the caller (the app reads it from env config). Every threshold of the
 * near-duplicate decision lives here; libs/dedupe/README.md explains the measure and how they were chosen.
 */
export interface DedupeConfig {
  /** Words per shingle. */
  shingleSize: number;
  /**
   * LSH bands × rows over the whole body's MinHash signature (its length). 84×3 puts the LSH threshold
   * near 0.23: a pair at Jaccard 0.3 is a candidate with probability 0.90 (0.996 at 0.4), while unrelated
   * articles (Jaccard ≈ 0.003) almost never are, so lookups stay flat as the table grows.
   */
  bands: number;
  rows: number;
  /**
   * Of those `bands` keys per article, this many come from a signature of the lede alone (the body's
   * first `ledeWords` words) in place of the whole body's last bands. A copy cut to its first paragraphs
   * keeps the lede, so it shares these keys with its original even when its Jaccard with the whole
   * body is far under the LSH threshold. The whole-body signature is unchanged, so its first bands
   * still meet the keys of articles stored before; the number of keys, and so the lookup cost, stays.
   */
  ledeBands: number;
  ledeWords: number;
  /** Final check: a candidate is a near duplicate at or above this exact shingle Jaccard... */
  jaccardThreshold: number;
  /**
   * ...or when runs of text both bodies hold verbatim (sharedRunWords) cover at least this share of the
   * shorter body's words: a copy that was cut, edited here and there, or given other furniture is
   * still covered almost end to end, while reports of the same story by other writers share quotes and
   * names, which cover a small part.
   */
  coverageThreshold: number;
  /** Consecutive shared shingles a run needs to count towards coverage (size + minRun - 1 words). */
  minRunShingles: number;
  /** Bodies with fewer shingles are too short for near-duplicate matching; only exact hashes apply. */
  minShingles: number;
  /** The shorter body must have at least this many shingles for a coverage match. */
  minContainmentShingles: number;
  /** Bodies with fewer words never match at all, not even exactly (empty or furniture-only pages). */
  minExactWords: number;
  /** Seed of the MinHash permutations; signatures are comparable only under the same seed. */
  seed: number;
}

export const DEFAULT_DEDUPE_CONFIG: Readonly<DedupeConfig> = Object.freeze({
  shingleSize: 3,
  bands: 84,
  rows: 3,
  ledeBands: 16,
  ledeWords: 80,
  jaccardThreshold: 0.45,
  coverageThreshold: 0.7,
  minRunShingles: 4,
  minShingles: 20,
  minContainmentShingles: 25,
  minExactWords: 5,
  seed: 0x5eed,
});

export function resolveDedupeConfig(overrides: Partial<DedupeConfig> = {}): DedupeConfig {
  const config = { ...DEFAULT_DEDUPE_CONFIG, ...overrides };
  for (const key of ['shingleSize', 'bands', 'rows', 'ledeWords', 'minRunShingles', 'minShingles', 'minContainmentShingles'] as const) {
    if (!Number.isInteger(config[key]) || config[key] < 1) throw new Error(`dedupe config: ${key} must be a positive integer`);
  }
  if (!Number.isInteger(config.ledeBands) || config.ledeBands < 0 || config.ledeBands >= config.bands) {
    throw new Error('dedupe config: ledeBands must be an integer from 0 to bands - 1');
  }
  for (const key of ['jaccardThreshold', 'coverageThreshold'] as const) {
    if (!(config[key] > 0 && config[key] <= 1)) throw new Error(`dedupe config: ${key} must be in (0, 1]`);
  }
  return config;
}
