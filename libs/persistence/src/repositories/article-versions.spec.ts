import { IndexLookup } from '@newsflow/dedupe';
import { versionRounds, withoutCluster } from './article-versions';

describe('versionRounds', () => {
  it('puts two versions of one path and record in successive rounds, keeping arrival order', () => {
    const a = (id: string, path: string, recordIndex = 0) => ({ id, path, recordIndex });
    const rounds = versionRounds([a('1', 'x.txt'), a('2', 'y.txt'), a('3', 'x.txt'), a('4', 'x.jsonl', 1), a('5', 'x.jsonl', 2), a('6', 'x.txt')]);
    expect(rounds.map((r) => r.map((x) => x.id))).toEqual([['1', '2', '4', '5'], ['3'], ['6']]);
  });
});

describe('withoutCluster', () => {
  const candidate = (id: string, clusterId: string) => ({ id, clusterId, shingles: new Uint32Array() });

  it("drops the retired version's cluster from a lookup's candidates and exact match", () => {
    const looked = new Map<string, IndexLookup>([
      ['h1', { exact: null, candidates: [candidate('a', 'old'), candidate('b', 'other'), candidate('c', 'old')] }],
      ['h2', { exact: { id: 'd', clusterId: 'old' }, candidates: [] }],
    ]);
    withoutCluster(looked, 'h1', 'old');
    withoutCluster(looked, 'h2', 'old');
    expect(looked.get('h1')!.candidates.map((c) => c.id)).toEqual(['b']);
    expect(looked.get('h2')!.exact).toBeNull();
  });
});
