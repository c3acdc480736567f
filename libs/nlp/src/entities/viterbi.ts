import { K as TAG_COUNT, allowed } from './tagset';

// A module-local copy: hot loops must not read an imported binding (a getter under some loaders).
const K = TAG_COUNT;

// Transition rows: row 0 is the sentence start, row p+1 is previous tag p. Invalid BIO moves cost -Infinity.
const MASK = new Float64Array((K + 1) * K);
for (let p = -1; p < K; p++) for (let t = 0; t < K; t++) MASK[(p + 1) * K + t] = allowed(p, t) ? 0 : -Infinity;

/**
 * Best tag sequence under emission scores (n×K, row-major) and first-order transition scores
 * ((K+1)×K), with invalid BIO transitions excluded. Linear in n.
 */
export function viterbi(emissions: Float64Array, transitions: Float64Array, n: number): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const trans = new Float64Array((K + 1) * K);
  for (let i = 0; i < trans.length; i++) trans[i] = transitions[i] + MASK[i];
  const back = new Int32Array(n * K);
  const score = new Float64Array(K);
  const next = new Float64Array(K);
  for (let t = 0; t < K; t++) score[t] = trans[t] + emissions[t];
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < K; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < K; p++) {
        const s = score[p] + trans[(p + 1) * K + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      next[t] = best + emissions[i * K + t];
      back[i * K + t] = arg;
    }
    score.set(next);
  }
  let arg = 0;
  for (let t = 1; t < K; t++) if (score[t] > score[arg]) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * K + arg];
  }
  return out;
}
