import xxhash from 'xxhash-wasm';
import { fmix32, seededWords } from './hash32';

/** One 64-bit xxhash per shingle, kept as its two 32-bit halves. */
export interface ShingleHashes {
  low: Uint32Array;
  high: Uint32Array;
}

export interface MinHasher {
  readonly numHashes: number;
  hashShingles(shingles: readonly string[]): ShingleHashes;
  /** numHashes minima, one per simulated permutation; all 0xffffffff for an empty set. */
  signature(hashes: ShingleHashes): Uint32Array;
}

type Hash64 = (input: string, seed?: bigint) => bigint;

let hash64: Promise<Hash64> | undefined;

/** xxhash-wasm compiles its WebAssembly once per process; later calls reuse it. */
function loadHash64(): Promise<Hash64> {
  hash64 ??= xxhash().then((api) => api.h64);
  return hash64;
}

const LOW_32 = 0xffffffffn;

/**
 * MinHash over 64-bit xxhash values. Permutation i maps a shingle's (low, high) halves through
 * seeded constants and MurmurHash3's finaliser, so each permutation sees all 64 bits and the hot
 * loop stays in 32-bit integer arithmetic.
 */
export async function createMinHasher(numHashes: number, seed: number): Promise<MinHasher> {
  const h64 = await loadHash64();
  const lowKeys = seededWords(seed, numHashes);
  const highKeys = seededWords(seed ^ 0xa5a5a5a5, numHashes);
  const hashSeed = BigInt(seed >>> 0);

  return {
    numHashes,
    hashShingles(shingles) {
      const low = new Uint32Array(shingles.length);
      const high = new Uint32Array(shingles.length);
      for (let i = 0; i < shingles.length; i++) {
        const h = h64(shingles[i], hashSeed);
        low[i] = Number(h & LOW_32);
        high[i] = Number(h >> 32n);
      }
      return { low, high };
    },
    signature({ low, high }) {
      const mins = new Uint32Array(numHashes).fill(0xffffffff);
      for (let s = 0; s < low.length; s++) {
        const lo = low[s];
        const hi = high[s];
        for (let i = 0; i < numHashes; i++) {
          const v = fmix32((lo ^ lowKeys[i]) + Math.imul(hi ^ highKeys[i], 0x9e3779b1));
          if (v < mins[i]) mins[i] = v;
        }
      }
      return mins;
    },
  };
}
