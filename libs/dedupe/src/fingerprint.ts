import { normaliseForComparison, sha256Hex } from '@newsflow/text';
import { DedupeConfig } from './config';
import { BandKey, bandKeys } from './lsh';
import { MinHasher } from './minhash';
import { comparisonWords } from './shingles';
import { sortedUnique } from './similarity';

/** Everything dedupe compares about one body; computed once, stored with the article. */
export interface BodyFingerprint {
  /** sha256 of the normalised body, equal to bodyHash(body) from @newsflow/text: the exact-duplicate key. */
  bodyHash: string;
  wordCount: number;
  /** Sorted, duplicate-free 32-bit shingle hashes. */
  shingles: Uint32Array;
  /** The shingle hashes in text order, for the shared-run check of an incoming body (not stored). */
  sequence: Uint32Array;
  signature: Uint32Array;
  /** Empty when the body is too short for near-duplicate matching. */
  bandKeys: BandKey[];
}

export function fingerprintBody(body: string, hasher: MinHasher, config: DedupeConfig): BodyFingerprint {
  // Normalise once; bodyHash(body) would normalise the same text again.
  const normalised = normaliseForComparison(body);
  const words = comparisonWords(normalised);
  const hashes = hasher.hashShingles(words, config.shingleSize);
  const shingles = sortedUnique(hashes.low);
  const signature = hasher.signature(hashes);
  const longEnough = shingles.length >= config.minShingles;
  return {
    bodyHash: sha256Hex(normalised),
    wordCount: words.length,
    shingles,
    sequence: hashes.low,
    signature,
    bandKeys: longEnough ? bandKeys(signature, config.bands, config.rows) : [],
  };
}
