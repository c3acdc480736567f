import { K, TAGS, TAG_INDEX } from './tagset';
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
});
