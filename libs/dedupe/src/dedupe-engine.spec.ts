import { DedupeEngine } from './dedupe-engine';
import { InMemoryLshIndex } from './in-memory-lsh-index';
import { LshIndex } from './lsh-index';

const paragraph = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${topic} sentence ${i} tells readers about ${topic} detail number ${i * 7} today.`).join(' ');

const STORY = `${paragraph('harbour', 12)}\n\n${paragraph('budget', 12)}\n\n${paragraph('election', 12)}`;

describe('DedupeEngine', () => {
  let engine: DedupeEngine;
  beforeAll(async () => {
    engine = await DedupeEngine.create();
  });

  it('reports a typography-only copy as an exact duplicate of the first article', async () => {
    const index = new InMemoryLshIndex();
    await engine.process('a', STORY, index);
    const copy = STORY.replace(/ /g, '  ').toUpperCase();
    expect(await engine.process('b', copy, index)).toEqual(expect.objectContaining({ duplicateOf: 'a', similarity: 1, kind: 'exact' }));
  });

  it('finds a copy with a dropped paragraph and edited words, pointing at the cluster root', async () => {
    const index = new InMemoryLshIndex();
    await engine.process('a', STORY, index);
    const edited = STORY.split('\n\n').slice(0, 2).join('\n\n').replace('detail number 14', 'detail number 15');
    const first = await engine.process('b', edited, index);
    expect(first.kind).toBe('near');
    expect(first.duplicateOf).toBe('a');
    expect(first.containment).toBeGreaterThan(0.9);
    const again = await engine.process('c', edited.replace('harbour sentence 3', 'port sentence 3'), index);
    expect(again.duplicateOf).toBe('a');
  });

  it('keeps different stories apart', async () => {
    const index = new InMemoryLshIndex();
    await engine.process('a', STORY, index);
    const other = `${paragraph('hospital', 12)}\n\n${paragraph('railway', 12)}`;
    expect(await engine.process('b', other, index)).toEqual(expect.objectContaining({ duplicateOf: null, kind: null }));
  });

  it('does not near-match bodies too short to tell apart, nor exact-match near-empty ones', async () => {
    const index = new InMemoryLshIndex();
    await engine.process('a', 'The council met on Tuesday to discuss the harbour budget.', index);
    const reworded = await engine.process('b', 'The council met on Tuesday to discuss the railway budget.', index);
    expect(reworded.duplicateOf).toBeNull();
    await engine.process('c', 'Photo', index);
    expect((await engine.process('d', 'Photo', index)).duplicateOf).toBeNull();
  });

  it('works with an index that answers asynchronously', async () => {
    const memory = new InMemoryLshIndex();
    const asyncIndex: LshIndex = {
      lookup: async (hash, keys) => memory.lookup(hash, keys),
      add: async (id, fp, clusterId) => memory.add(id, fp, clusterId),
    };
    await engine.process('a', STORY, asyncIndex);
    const trimmed = STORY.split('\n\n').slice(0, 2).join('\n\n');
    expect((await engine.process('b', trimmed, asyncIndex)).duplicateOf).toBe('a');
  });

  it('rejects an invalid configuration', async () => {
    await expect(DedupeEngine.create({ jaccardThreshold: 1.5 })).rejects.toThrow(/jaccardThreshold/);
  });
});
