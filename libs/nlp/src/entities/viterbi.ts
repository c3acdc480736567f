import { K, allowed } from './tagset';

// Transition rows: row 0 is the sentence start, row p+1 is previous tag p.
const ALLOWED: boolean[] = [];
for (let p = -1; p < K; p++) for (let t = 0; t < K; t++) ALLOWED.push(allowed(p, t));

/**
 * Best tag sequence under emission scores (n×K, row-major) and first-order transition scores
 * ((K+1)×K), with invalid BIO transitions excluded. Linear in n.
 */
export function viterbi(emissions: ArrayLike<number>, transitions: ArrayLike<number>, n: number): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const back = new Int32Array(n * K);
  let score = new Float64Array(K);
  let next = new Float64Array(K);
  for (let t = 0; t < K; t++) score[t] = ALLOWED[t] ? transitions[t] + emissions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < K; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < K; p++) {
        const row = (p + 1) * K + t;
        if (!ALLOWED[row]) continue;
        const s = score[p] + transitions[row];
        if (s > best) { best = s; arg = p; }
      }
      next[t] = best + emissions[i * K + t];
      back[i * K + t] = arg;
    }
    [score, next] = [next, score];
  }
  let arg = 0;
  for (let t = 1; t < K; t++) if (score[t] > score[arg]) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * K + arg];
  }
  return out;
}
