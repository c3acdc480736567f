import xxhash from 'xxhash-wasm';
import { fmix32 } from './hash32';

/** One 64-bit hash per shingle, kept as its two 32-bit halves. */
export interface ShingleHashes {
  low: Uint32Array;
  high: Uint32Array;
}

export interface MinHasher {
  readonly numHashes: number;
  /** 64-bit hashes of every run of `size` consecutive words. */
  hashShingles(words: readonly string[], size: number): ShingleHashes;
  /** numHashes minima; all 0xffffffff for an empty set. */
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
const EMPTY = 0xffffffff;
/** News vocabulary repeats a lot; a bounded cache of word hashes saves most WebAssembly calls. */
const WORD_CACHE_LIMIT = 200_000;

/**
 * MinHash by one-permutation hashing with optimal densification (Shrivastava, ICML 2017): each
 * shingle's 64-bit xxhash picks a bin with its high half and competes there with its low half, so a
 * signature costs one pass over the shingles instead of one per permutation. Empty bins (short
 * bodies) borrow the value of a bin chosen by a seeded probe sequence, which keeps the agreement
 * rate of two signatures an unbiased Jaccard estimate.
 * Words are hashed once with xxhash64; a shingle's hash mixes its words' hashes in 32-bit integer
 * arithmetic, which avoids building shingle strings and BigInt work per shingle.
 */
export async function createMinHasher(numHashes: number, seed: number): Promise<MinHasher> {
  const h64 = await loadHash64();
  const hashSeed = BigInt(seed >>> 0);

  const wordCache = new Map<string, [number, number]>();

  function hashWord(word: string): [number, number] {
    let halves = wordCache.get(word);
    if (!halves) {
      const h = h64(word, hashSeed);
      halves = [Number(h & LOW_32), Number(h >> 32n)];
      if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
      wordCache.set(word, halves);
    }
    return halves;
  }

  function hashWords(words: readonly string[]): ShingleHashes {
    const low = new Uint32Array(words.length);
    const high = new Uint32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const halves = hashWord(words[i]);
      low[i] = halves[0];
      high[i] = halves[1];
    }
    return { low, high };
  }

  return {
    numHashes,
    hashShingles(words, size) {
      const w = hashWords(words);
      const count = Math.max(0, words.length - size + 1);
      const low = new Uint32Array(count);
      const high = new Uint32Array(count);
      for (let s = 0; s < count; s++) {
        let lo = seed;
        let hi = ~seed;
        for (let k = s; k < s + size; k++) {
          lo = fmix32(Math.imul(lo ^ w.low[k], 0x9e3779b1) + w.high[k]);
          hi = fmix32(Math.imul(hi ^ w.high[k], 0x85ebca77) + w.low[k]);
        }
        low[s] = lo;
        high[s] = hi;
      }
      return { low, high };
    },
    signature({ low, high }) {
      const mins = new Uint32Array(numHashes).fill(EMPTY);
      const filled = new Uint8Array(numHashes);
      for (let s = 0; s < low.length; s++) {
        const bin = Math.floor((high[s] / 0x1_0000_0000) * numHashes);
        filled[bin] = 1;
        if (low[s] < mins[bin]) mins[bin] = low[s];
      }
      if (low.length === 0) return mins;
      for (let bin = 0; bin < numHashes; bin++) {
        if (filled[bin]) continue;
        for (let attempt = 1; ; attempt++) {
          const source = fmix32(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b) ^ seed) % numHashes;
          if (filled[source]) {
            mins[bin] = mins[source];
            break;
          }
        }
      }
      return mins;
    },
  };
}
