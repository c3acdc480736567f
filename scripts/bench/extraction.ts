import { Figure, median, progress } from './figures';
import { singlePassInChild } from './single-pass-child';
import { SinglePassSet } from './texts';

/**
 * Articles per second of one pass over texts the process has not read before, stopping after `budgetMs`
 * (20 texts at least). The extractors cache what they learn about each word, so a second pass over the
 * same texts would look about twice as fast as a live stream.
 */
export function singlePassRate(texts: string[], run: (text: string) => unknown, budgetMs = Infinity): { articlesPerSecond: number; read: number } {
  const start = process.hrtime.bigint();
  const elapsedMs = () => Number(process.hrtime.bigint() - start) / 1e6;
  let read = 0;
  while (read < texts.length && (read < 20 || elapsedMs() < budgetMs)) run(texts[read++]);
  return { articlesPerSecond: read / (elapsedMs() / 1000), read };
}

/** Runs an extractor on the texts for a while first, so the pass times JIT-compiled code, as in a running stage. */
export function warmUp(texts: string[], run: (text: string) => unknown): void {
  const until = Date.now() + 1000;
  for (let i = 0; Date.now() < until || i < Math.min(texts.length, 20); i++) run(texts[i % texts.length]);
}

const EXTRACTORS = ['entities', 'raw', 'compromise'] as const;

/**
 * Entities, entities+quotes and compromise's people/places/organizations on each set: each run one pass
 * over texts it has not read, in a fresh process with the stages' Node flags, after warming up on other
 * texts of the set; the extractors take turns, and each figure is the median of its runs.
 */
export function benchExtraction(sets: SinglePassSet[], quick: boolean, shared: string): Figure[] {
  const rounds = quick ? 1 : 3;
  const count = quick ? 300 : 1000;
  const figures: Figure[] = [];
  for (const set of sets) {
    const runs = new Map<string, number[]>(EXTRACTORS.map((e) => [e, []]));
    let source = '';
    for (let round = 0; round < rounds; round++) {
      for (const what of EXTRACTORS) {
        const result = singlePassInChild(what, set, shared, count);
        if (what === 'raw') source = `one pass over ${result.texts} ${result.source} texts after warming up on others, fresh process per run`;
        runs.get(what)!.push(result.articlesPerSecond);
        progress(`extraction: ${set} ${what} ${result.articlesPerSecond.toFixed(0)} articles/s over ${result.texts} texts`);
      }
    }
    const [entities, both, reference] = EXTRACTORS.map((e) => median(runs.get(e)!));
    figures.push(
      { section: 'extraction', name: `${set}: entities only`, value: entities, unit: 'articles/s/core', target: { atLeast: 1000 }, runs: runs.get('entities'), note: source },
      { section: 'extraction', name: `${set}: entities+quotes`, value: both, unit: 'articles/s/core', target: { atLeast: 1000 }, runs: runs.get('raw'), note: source },
      { section: 'extraction', name: `${set}: compromise people/places/orgs`, value: reference, unit: 'articles/s/core', runs: runs.get('compromise'), note: 'reference, the same texts the same way, for at most 15 s' },
      { section: 'extraction', name: `${set}: entities+quotes vs compromise`, value: both / reference, unit: '×', target: { atLeast: 20 } },
    );
  }
  return figures;
}
