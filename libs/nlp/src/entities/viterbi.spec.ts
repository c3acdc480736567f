import { K, TAGS, TAG_INDEX, allowed } from './tagset';
import { viterbi } from './viterbi';

const row = (scores: Record<string, number>) => TAGS.map((t) => scores[t] ?? 0);
const tagsOf = (path: Int32Array) => Array.from(path, (i) => TAGS[i]);

describe('viterbi', () => {
  it('never emits an I- tag without its B- tag before it', () => {
    const em = Float64Array.from([...row({ 'I-PER': 5 }), ...row({ 'I-PER': 5 })]);
    expect(tagsOf(viterbi(em, new Float64Array((K + 1) * K), 2))).toEqual(['B-PER', 'I-PER']);
  });

  it('reaches a strong I- tag through a weak B- tag', () => {
    const em = Float64Array.from([...row({ O: 200 }), ...row({ 'I-ORG': 400 })]);
    expect(tagsOf(viterbi(em, new Float64Array((K + 1) * K), 2))).toEqual(['B-ORG', 'I-ORG']);
  });

  it('follows transition scores', () => {
    const tr = new Float64Array((K + 1) * K);
    tr[(TAG_INDEX.get('B-LOC')! + 1) * K + TAG_INDEX.get('B-LOC')!] = -10;
    const em = Float64Array.from([...row({ 'B-LOC': 3 }), ...row({ 'B-LOC': 3, O: 1 })]);
    expect(tagsOf(viterbi(em, tr, 2))).toEqual(['B-LOC', 'O']);
    expect(viterbi(new Float64Array(0), tr, 0)).toHaveLength(0);
  });

  it('finds the best valid path, as exhaustive search does, whether or not one tag dominates', () => {
    let seed = 42;
    const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const pathScore = (em: Float64Array, tr: Float64Array, path: number[]) =>
      path.reduce((sum, t, i) => sum + em[i * K + t] + tr[(i === 0 ? 0 : path[i - 1] + 1) * K + t], 0);
    const best = (em: Float64Array, tr: Float64Array, n: number): number => {
      let top = -Infinity;
      const walk = (path: number[]) => {
        if (path.length === n) { top = Math.max(top, pathScore(em, tr, path)); return; }
        for (let t = 0; t < K; t++) if (allowed(path.length ? path[path.length - 1] : -1, t)) walk([...path, t]);
      };
      walk([]);
      return top;
    };
    for (let trial = 0; trial < 60; trial++) {
      const n = 1 + (trial % 4);
      const oBonus = trial % 2 ? 60 : 0;
      const tr = Float64Array.from({ length: (K + 1) * K }, () => random() * 20 - 10);
      const em = Float64Array.from({ length: n * K }, (_, i) => random() * 40 - 20 + (i % K === 0 ? oBonus : 0));
      const path = Array.from(viterbi(em, tr, n));
      path.forEach((t, i) => expect(allowed(i ? path[i - 1] : -1, t)).toBe(true));
      expect(pathScore(em, tr, path)).toBeCloseTo(best(em, tr, n), 9);
    }
  });
});
