import { perTurnLoader } from './per-turn-loader';

describe('perTurnLoader', () => {
  it('loads the keys asked for in one turn with one call, each key once', async () => {
    const calls: string[][] = [];
    const load = perTurnLoader(async (keys) => {
      calls.push(keys);
      return new Map(keys.map((k) => [k, k.toUpperCase()]));
    });
    const answers = await Promise.all([load('a'), load('b'), load('a')]);
    expect(answers).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual([['a', 'b']]);
    expect(await load('c')).toBe('C');
    expect(calls).toEqual([['a', 'b'], ['c']]);
  });

  it('answers undefined for a key the loader did not find, and passes a failure to every caller of its turn', async () => {
    let fail = false;
    const load = perTurnLoader(async (keys) => {
      if (fail) throw new Error('database down');
      return new Map(keys.filter((k) => k !== 'gone').map((k) => [k, 1]));
    });
    expect(await Promise.all([load('here'), load('gone')])).toEqual([1, undefined]);
    fail = true;
    const results = await Promise.allSettled([load('x'), load('y')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
