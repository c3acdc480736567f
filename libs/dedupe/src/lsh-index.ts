import { BodyFingerprint } from './fingerprint';
import { BandKey } from './lsh';

/** Methods may answer synchronously (in memory) or with a Promise (Postgres). */
export type Awaitable<T> = T | Promise<T>;

export interface StoredArticleRef {
  id: string;
  /** The first article of the story cluster: duplicates point here. */
  clusterId: string;
}

export interface StoredFingerprint extends StoredArticleRef {
  /** Sorted, duplicate-free 32-bit shingle hashes for the exact overlap check. */
  shingles: Uint32Array;
}

export interface IndexLookup {
  /** An earlier article whose normalised body hashes the same, or null. */
  exact: StoredArticleRef | null;
  /** When there is no exact match: every earlier article sharing at least one band key (each at most once). */
  candidates: StoredFingerprint[];
}

/**
 * Where fingerprints of earlier articles live. The dedupe app backs it with an indexed Postgres
 * table; the CLI and tests use InMemoryLshIndex.
 */
export interface LshIndex {
  /** One lookup per incoming article: exact match by body hash first, band candidates otherwise. */
  lookup(bodyHash: string, bandKeys: readonly BandKey[]): Awaitable<IndexLookup>;
  add(id: string, fp: BodyFingerprint, clusterId: string): Awaitable<void>;
}
