import { K as TAG_COUNT } from './tagset';
import { viterbi } from './viterbi';

// A module-local copy: hot loops must not read an imported binding (a getter under some loaders).
const K = TAG_COUNT;

/** One training sentence: feature ids per token and the gold tag indices. */
export interface TrainingSentence {
  features: Int32Array[];
  gold: Int32Array;
}

export interface PerceptronWeights {
  /** nFeatures × K, row-major. */
  emission: Float64Array;
  /** (K+1) × K: row 0 the sentence start, row p+1 previous tag p. */
  transition: Float64Array;
}

/** Deterministic shuffling, so `npm run train:ner` reproduces the same weights. */
function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  for (let i = items.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * Structured averaged perceptron (Collins 2002) over a first-order BIO chain. Averaging uses the
 * lazy trick: keep the sum of step-weighted updates and subtract it at the end.
 */
export function trainPerceptron(
  sentences: TrainingSentence[],
  nFeatures: number,
  epochs: number,
  onEpoch?: (epoch: number, errors: number) => void,
): PerceptronWeights {
  const w = new Float64Array(nFeatures * K);
  const wAcc = new Float64Array(nFeatures * K);
  const tr = new Float64Array((K + 1) * K);
  const trAcc = new Float64Array((K + 1) * K);
  let step = 1;
  const order = sentences.slice();
  for (let epoch = 0; epoch < epochs; epoch++) {
    let errors = 0;
    for (const sent of shuffle(order, epoch + 1)) {
      const n = sent.gold.length;
      const em = new Float64Array(n * K);
      for (let i = 0; i < n; i++) {
        for (const f of sent.features[i]) {
          const base = f * K;
          for (let t = 0; t < K; t++) em[i * K + t] += w[base + t];
        }
      }
      const pred = viterbi(em, tr, n);
      let prevGold = -1;
      let prevPred = -1;
      for (let i = 0; i < n; i++) {
        const g = sent.gold[i];
        const p = pred[i];
        if (g !== p) {
          errors++;
          for (const f of sent.features[i]) {
            w[f * K + g] += 1; wAcc[f * K + g] += step;
            w[f * K + p] -= 1; wAcc[f * K + p] -= step;
          }
        }
        if (g !== p || prevGold !== prevPred) {
          const rg = (prevGold + 1) * K + g;
          const rp = (prevPred + 1) * K + p;
          tr[rg] += 1; trAcc[rg] += step;
          tr[rp] -= 1; trAcc[rp] -= step;
        }
        prevGold = g;
        prevPred = p;
      }
      step++;
    }
    onEpoch?.(epoch, errors);
  }
  for (let i = 0; i < w.length; i++) w[i] -= wAcc[i] / step;
  for (let i = 0; i < tr.length; i++) tr[i] -= trAcc[i] / step;
  return { emission: w, transition: tr };
}
