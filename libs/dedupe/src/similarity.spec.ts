import { DEFAULT_DEDUPE_CONFIG } from './config';
import { DedupeEngine } from './dedupe-engine';
import { createMinHasher } from './minhash';
import { candidateProbability, lshThreshold, bandKeys } from './lsh';
import { estimateJaccard, exactOverlap, sortedUnique } from './similarity';

const set = (...values: number[]) => sortedUnique(Uint32Array.from(values));

describe('exact overlap', () => {
  it('computes Jaccard and containment of sorted unique sets', () => {
    const o = exactOverlap(set(1, 2, 3, 4), set(3, 4, 5, 6, 7, 8, 9, 10));
    expect(o.jaccard).toBeCloseTo(2 / 10);
    expect(o.containment).toBeCloseTo(2 / 4);
    expect(o.smallerSize).toBe(4);
  });

  it('deduplicates and sorts numerically', () => {
    expect([...set(10, 2, 2, 100, 1)]).toEqual([1, 2, 10, 100]);
  });
});

describe('MinHash', () => {
  it('estimates Jaccard within a few points of the exact value', async () => {
    const hasher = await createMinHasher(256, 7);
    const shared = Array.from({ length: 300 }, (_, i) => `shared${i}`);
    const a = [...shared, ...Array.from({ length: 100 }, (_, i) => `onlya${i}`)];
    const b = [...shared, ...Array.from({ length: 200 }, (_, i) => `onlyb${i}`)];
    const estimate = estimateJaccard(hasher.signature(hasher.hashShingles(a, 1)), hasher.signature(hasher.hashShingles(b, 1)));
    expect(Math.abs(estimate - 300 / 600)).toBeLessThan(0.08);
  });

  it('gives identical sets identical signatures and disjoint sets almost none in common', async () => {
    const hasher = await createMinHasher(128, 7);
    const a = Array.from({ length: 200 }, (_, i) => `x${i}`);
    const c = Array.from({ length: 200 }, (_, i) => `y${i}`);
    const sigA = hasher.signature(hasher.hashShingles(a, 1));
    expect(estimateJaccard(sigA, hasher.signature(hasher.hashShingles([...a].reverse(), 1)))).toBe(1);
    expect(estimateJaccard(sigA, hasher.signature(hasher.hashShingles(c, 1)))).toBeLessThan(0.05);
  });
});

describe('LSH', () => {
  it('yields one distinct key per band, equal for equal bands', () => {
    const sig = Uint32Array.from({ length: 12 }, (_, i) => i * 1000);
    const other = Uint32Array.from(sig);
    other[0] = 999_999;
    const keys = bandKeys(sig, 4, 3);
    const otherKeys = bandKeys(other, 4, 3);
    expect(new Set(keys).size).toBe(4);
    expect(keys.every(Number.isSafeInteger)).toBe(true);
    expect(otherKeys[0]).not.toBe(keys[0]);
    expect(otherKeys.slice(1)).toEqual(keys.slice(1));
  });

  it('with the default bands finds pairs at the Jaccard check threshold almost surely, unrelated ones almost never', () => {
    const { bands, ledeBands, rows, jaccardThreshold } = DEFAULT_DEDUPE_CONFIG;
    const bodyBands = bands - ledeBands;
    expect(lshThreshold(bodyBands, rows)).toBeLessThan(jaccardThreshold - 0.1);
    expect(candidateProbability(jaccardThreshold, bodyBands, rows)).toBeGreaterThan(0.998);
    expect(candidateProbability(0.01, bands, rows)).toBeLessThan(0.001);
  });

  it('numbers lede bands after the body bands, so a key of one never equals a key of the other', () => {
    const sig = Uint32Array.from({ length: 12 }, (_, i) => i * 1000);
    const body = bandKeys(sig, 4, 3, { count: 2 });
    const lede = bandKeys(sig, 4, 3, { firstBand: 4 });
    expect(body).toEqual(bandKeys(sig, 4, 3).slice(0, 2));
    expect(lede.map((k) => Math.floor(k / 2 ** 32))).toEqual([4, 5, 6, 7]);
    expect(lede.some((k) => body.includes(k))).toBe(false);
  });

  it('gives a copy cut to its first paragraphs the lede keys of its original, with as many keys per article', async () => {
    const engine = await DedupeEngine.create();
    const words = (from: number, n: number) => Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ');
    const original = engine.fingerprint(`${words(0, 100)}. ${words(1000, 900)}.`);
    const brief = engine.fingerprint(`${words(0, 100)}.`);
    const { bands, ledeBands } = engine.config;
    expect(original.bandKeys).toHaveLength(bands);
    expect(brief.bandKeys).toHaveLength(bands);
    const isLede = (k: number) => Math.floor(k / 2 ** 32) >= bands;
    const shared = brief.bandKeys.filter((k) => original.bandKeys.includes(k));
    expect(shared.filter(isLede).length).toBeGreaterThan(ledeBands / 2);
    // Jaccard with the whole body is about 0.1: the body bands alone would almost never meet.
    expect(candidateProbability(0.1, bands - ledeBands, engine.config.rows)).toBeLessThan(0.1);
  });
});
