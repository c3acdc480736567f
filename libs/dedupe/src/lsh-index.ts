import { BandKey } from './lsh';

/** Methods may answer synchronously (in memory) or with a Promise (Postgres). */
export type Awaitable<T> = T | Promise<T>;

export interface StoredArticleRef {
  id: string;
  /** The first article of the story cluster: duplicates point here. */
  clusterId: string;
}

export interface StoredFingerprint extends StoredArticleRef {
  signature: Uint32Array;
  /** Sorted, duplicate-free 32-bit shingle hashes for the exact check; without them the MinHash estimate decides. */
  shingles?: Uint32Array;
}

export interface StoredFingerprintExtras {
  clusterId: string;
  bodyHash: string;
  shingles: Uint32Array;
}

/**
 * Where fingerprints of earlier articles live. The dedupe app backs it with an indexed Postgres
 * table; the CLI and tests use InMemoryLshIndex.
 */
export interface LshIndex {
  /** An earlier article whose normalised body hashes the same, or null. */
  findExact(bodyHash: string): Awaitable<StoredArticleRef | null>;
  /** Every earlier article sharing at least one band key (each article at most once). */
  candidates(bandKeys: readonly BandKey[]): Awaitable<StoredFingerprint[]>;
  add(id: string, bandKeys: readonly BandKey[], signature: Uint32Array, extras: StoredFingerprintExtras): Awaitable<void>;
}
