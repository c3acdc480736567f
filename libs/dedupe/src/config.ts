/** Dedupe tuning, passed in by the caller (the app reads it from env config). */
export interface DedupeConfig {
  /** Words per shingle. */
  shingleSize: number;
  /**
   * LSH bands × rows = MinHash signature length. The default 84×3 puts the LSH threshold near 0.23,
   * well under the final check, because trimmed copies pass on containment at a Jaccard of 0.3:
   * such a pair is a candidate with probability 0.90 (0.996 at 0.4), while unrelated articles
   * (Jaccard ≈ 0.003) almost never are, so lookups stay flat as the table grows.
   */
  bands: number;
  rows: number;
  /** Final check: a candidate is a near duplicate at or above this exact shingle Jaccard... */
  jaccardThreshold: number;
  /** ...or when this share of the shorter body's shingles lies in the other (trimmed copies). */
  containmentThreshold: number;
  /** Bodies with fewer shingles are too short for near-duplicate matching; only exact hashes apply. */
  minShingles: number;
  /** The shorter body must have at least this many shingles for a containment match. */
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
  jaccardThreshold: 0.45,
  containmentThreshold: 0.8,
  minShingles: 20,
  minContainmentShingles: 25,
  minExactWords: 5,
  seed: 0x5eed,
});

export function resolveDedupeConfig(overrides: Partial<DedupeConfig> = {}): DedupeConfig {
  const config = { ...DEFAULT_DEDUPE_CONFIG, ...overrides };
  for (const key of ['shingleSize', 'bands', 'rows', 'minShingles', 'minContainmentShingles'] as const) {
    if (!Number.isInteger(config[key]) || config[key] < 1) throw new Error(`dedupe config: ${key} must be a positive integer`);
  }
  for (const key of ['jaccardThreshold', 'containmentThreshold'] as const) {
    if (!(config[key] > 0 && config[key] <= 1)) throw new Error(`dedupe config: ${key} must be in (0, 1]`);
  }
  return config;
}
