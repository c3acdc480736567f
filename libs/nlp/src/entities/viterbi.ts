import { K as TAG_COUNT, allowed } from './tagset';

// A module-local copy: hot loops must not read an imported binding (a getter under some loaders).
const K = TAG_COUNT;
const O = 0;

// Transition rows: row 0 is the sentence start, row p+1 is previous tag p. Invalid BIO moves cost -Infinity.
const MASK = new Float64Array((K + 1) * K);
for (let p = -1; p < K; p++) for (let t = 0; t < K; t++) MASK[(p + 1) * K + t] = allowed(p, t) ? 0 : -Infinity;

// For each set of tags (bit mask), the tags the previous token must keep so every I- tag stays reachable.
const CONTINUATION_NEEDS = new Int32Array(1 << K);
for (let bits = 0; bits < 1 << K; bits++) {
  for (let t = 0; t < K; t++) {
    if (!(bits & (1 << t)) || allowed(-1, t)) continue;
    for (let p = 0; p < K; p++) if (allowed(p, t) && p !== O) CONTINUATION_NEEDS[bits] |= 1 << p;
  }
}

/**
 * Tags whose emission trails the token's best by more than this are left out of the search. Learned
 * transitions span about 22 per step (two steps reach a token); the tags an I- tag needs before it are kept too (see CONTINUATION_NEEDS),
 * and O stays a candidate everywhere, so a valid path always exists.
 */
export const PRUNE_MARGIN = 80;

// Buffers reused across calls: sentences are short and typed-array allocation would dominate.
const scratch = {
  trans: new Float64Array((K + 1) * K),
  cand: new Int32Array(0),
  count: new Int32Array(0),
  back: new Int32Array(0),
  score: new Float64Array(0),
};

function ensureScratch(n: number): void {
  if (scratch.count.length >= n) return;
  const size = Math.max(n, 2 * scratch.count.length, 256);
  scratch.cand = new Int32Array(size * K);
  scratch.count = new Int32Array(size);
  scratch.back = new Int32Array(size * K);
  scratch.score = new Float64Array(size * K);
}

/**
 * Best tag sequence under emission scores (n×K, row-major) and first-order transition scores
 * ((K+1)×K), with invalid BIO transitions excluded. Linear in n; most tokens keep one candidate.
 * Training passes margin = Infinity: unaveraged weights are larger, and pruning would change its updates.
 */
export function viterbi(emissions: Float64Array, transitions: Float64Array, n: number, margin = PRUNE_MARGIN): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  ensureScratch(n);
  const { trans, cand, count, back, score } = scratch;
  for (let i = 0; i < trans.length; i++) trans[i] = transitions[i] + MASK[i];
  score.fill(-Infinity, 0, n * K);
  for (let i = 0; i < n; i++) {
    const row = i * K;
    let max = emissions[row];
    for (let t = 1; t < K; t++) if (emissions[row + t] > max) max = emissions[row + t];
    let bits = 1 << O;
    for (let t = 0; t < K; t++) if (emissions[row + t] >= max - margin) bits |= 1 << t;
    count[i] = bits;
  }
  // An I- tag kept at i needs its B- or I- tag kept at i-1, or the search could not reach it.
  for (let i = n - 1; i > 0; i--) count[i - 1] |= CONTINUATION_NEEDS[count[i]];
  for (let i = 0; i < n; i++) {
    const row = i * K;
    const bits = count[i];
    let c = 0;
    for (let t = 0; t < K; t++) if (bits & (1 << t)) cand[row + c++] = t;
    count[i] = c;
  }
  for (let c = 0; c < count[0]; c++) {
    const t = cand[c];
    score[t] = trans[t] + emissions[t];
  }
  for (let i = 1; i < n; i++) {
    const row = i * K;
    const prow = row - K;
    for (let c = 0; c < count[i]; c++) {
      const t = cand[row + c];
      let best = -Infinity;
      let arg = O;
      for (let d = 0; d < count[i - 1]; d++) {
        const p = cand[prow + d];
        const s = score[prow + p] + trans[(p + 1) * K + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + t] = best + emissions[row + t];
      back[row + t] = arg;
    }
  }
  const last = (n - 1) * K;
  let arg = O;
  for (let t = 1; t < K; t++) if (score[last + t] > score[last + arg]) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * K + arg];
  }
  return out;
}
