import { normaliseForComparison, sha256Hex } from '@newsflow/text';
import { DedupeConfig } from './config';
import { BandKey, bandKeys } from './lsh';
import { MinHasher, ShingleHashes } from './minhash';
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
  /** The whole body's bands, then the lede's; empty when the body is too short for near-duplicate matching. */
  bandKeys: BandKey[];
}

/** The MinHashers of a configuration: the whole body's signature, and the lede's when it has lede bands. */
export interface FingerprintHashers {
  body: MinHasher;
  lede: MinHasher | null;
}

function lshKeys(hashes: ShingleHashes, signature: Uint32Array, hashers: FingerprintHashers, config: DedupeConfig): BandKey[] {
  const { bands, rows, ledeBands, ledeWords, shingleSize } = config;
  const keys = bandKeys(signature, bands, rows, { count: bands - ledeBands });
  if (!hashers.lede) return keys;
  const count = Math.max(1, Math.min(hashes.low.length, ledeWords - shingleSize + 1));
  const lede = hashers.lede.signature({ low: hashes.low.subarray(0, count), high: hashes.high.subarray(0, count) });
  return [...keys, ...bandKeys(lede, ledeBands, rows, { firstBand: bands })];
}

export function fingerprintBody(body: string, hashers: FingerprintHashers, config: DedupeConfig): BodyFingerprint {
  // Normalise once; bodyHash(body) would normalise the same text again.
  const normalised = normaliseForComparison(body);
  const words = comparisonWords(normalised);
  const hashes = hashers.body.hashShingles(words, config.shingleSize);
  const shingles = sortedUnique(hashes.low);
  const signature = hashers.body.signature(hashes);
  const longEnough = shingles.length >= config.minShingles;
  return {
    bodyHash: sha256Hex(normalised),
    wordCount: words.length,
    shingles,
    sequence: hashes.low,
    signature,
    bandKeys: longEnough ? lshKeys(hashes, signature, hashers, config) : [],
  };
}
