/** 32-bit integer mixing in plain JS (Math.imul keeps it exact; no BigInt in the hot loop). */

/** MurmurHash3's finaliser: a bijection on 32 bits with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Deterministic stream of 32-bit values from a seed (splitmix-style), for permutation constants. */
export function seededWords(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    out[i] = fmix32(state ^ fmix32(i + 1));
  }
  return out;
}
