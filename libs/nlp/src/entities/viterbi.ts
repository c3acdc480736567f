import { K as TAG_COUNT, allowed } from './tagset';

// A module-local copy: hot loops must not read an imported binding (a getter under some loaders).
const K = TAG_COUNT;
const O = 0;

// The tags each tag may follow, flattened: an I- tag follows only its own B- and I- tags, so the exact
// search visits 53 of the 81 tag pairs per token (pruning by emission margin kept ~8.9 of 9 tags on news).
const PRED_FROM = new Int32Array(K + 1);
const PRED: number[] = [];
for (let t = 0; t < K; t++) {
  PRED_FROM[t] = PRED.length;
  for (let p = 0; p < K; p++) if (allowed(p, t)) PRED.push(p);
}
PRED_FROM[K] = PRED.length;
const PRED_LIST = Int32Array.from(PRED);
const STARTS = Int32Array.from({ length: K }, (_, t) => (allowed(-1, t) ? 1 : 0));

// Buffers reused across calls: sentences are short and typed-array allocation would dominate.
let score = new Float64Array(256 * K);
let back = new Uint8Array(256 * K);

/**
 * Best tag sequence under emission scores (n×K, row-major) and first-order transition scores
 * ((K+1)×K, row 0 the sentence start, row p+1 previous tag p), with invalid BIO transitions excluded.
 * Writes the tags into out[0..n) and returns it. Exact and linear in n; ties go to the lower tag index.
 */
export function viterbiInto(emissions: Float64Array, transitions: Float64Array, n: number, out: Int32Array): Int32Array {
  if (n === 0) return out;
  if (score.length < n * K) {
    score = new Float64Array(Math.max(n * K, 2 * score.length));
    back = new Uint8Array(score.length);
  }
  const s = score;
  const b = back;
  for (let t = 0; t < K; t++) s[t] = STARTS[t] ? transitions[t] + emissions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * K;
    const prow = row - K;
    for (let t = 0; t < K; t++) {
      let best = -Infinity;
      let arg = O;
      for (let j = PRED_FROM[t], stop = PRED_FROM[t + 1]; j < stop; j++) {
        const p = PRED_LIST[j];
        const v = s[prow + p] + transitions[(p + 1) * K + t];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      s[row + t] = best + emissions[row + t];
      b[row + t] = arg;
    }
  }
  const last = (n - 1) * K;
  let arg = O;
  for (let t = 1; t < K; t++) if (s[last + t] > s[last + arg]) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = b[i * K + arg];
  }
  return out;
}

/** viterbiInto with a fresh result array (training and tests). */
export function viterbi(emissions: Float64Array, transitions: Float64Array, n: number): Int32Array {
  return viterbiInto(emissions, transitions, n, new Int32Array(n));
}
