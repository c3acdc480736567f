import { extract, extractEntities } from '@newsflow/nlp';
import { Figure, median, progress } from './figures';
import { TextSet } from './texts';

interface Compromise {
  (text: string): { people(): { out(f: string): string[] }; places(): { out(f: string): string[] }; organizations(): { out(f: string): string[] } };
}

/** A pass covers every text at least once and lasts at least this long, so a set of 5 texts is not timed in microseconds. */
const MIN_PASS_MS = 250;

/** Articles per second of `run` over the texts, median of `rounds` passes (single thread = one core). */
export function articlesPerSecond(texts: string[], run: (text: string) => unknown, rounds: number, budgetMs = Infinity): number {
  const rates: number[] = [];
  const deadline = Date.now() + budgetMs;
  for (let r = 0; r < rounds; r++) {
    let done = 0;
    const start = process.hrtime.bigint();
    const elapsedMs = () => Number(process.hrtime.bigint() - start) / 1e6;
    while (done < texts.length || elapsedMs() < MIN_PASS_MS) {
      run(texts[done % texts.length]);
      done++;
      if (Date.now() > deadline && done >= 20) break;
    }
    rates.push(done / (elapsedMs() / 1000));
    if (Date.now() > deadline) break;
  }
  return median(rates);
}

/**
 * Articles per second of one pass over texts the process has not read before. The extractors cache what
 * they learn about each word, so a second pass over the same texts would look faster than a live stream.
 */
export function singlePassRate(texts: string[], run: (text: string) => unknown): number {
  const start = process.hrtime.bigint();
  for (const text of texts) run(text);
  return texts.length / (Number(process.hrtime.bigint() - start) / 1e9);
}

/** Runs an extractor on the texts for a while first, so the passes time JIT-compiled code, as in a running stage. */
export function warmUp(texts: string[], run: (text: string) => unknown): void {
  const until = Date.now() + 1000;
  for (let i = 0; Date.now() < until || i < Math.min(texts.length, 20); i++) run(texts[i % texts.length]);
}

function loadCompromise(): Compromise | null {
  try {
    // A devDependency, measured as the reference in the same run.
    const mod = require('compromise');
    return (mod.default ?? mod) as Compromise;
  } catch {
    return null;
  }
}

/** Entities, entities+quotes and compromise's people/places/organizations on each text set. */
export function benchExtraction(sets: TextSet[], quick: boolean): Figure[] {
  const rounds = quick ? 1 : 5;
  const compromise = loadCompromise();
  const figures: Figure[] = [];
  for (const set of sets) {
    const texts = quick ? set.texts.slice(0, 150) : set.texts;
    warmUp(texts, extract);
    progress(`extraction: ${set.name} (${texts.length} texts, ${rounds} rounds)`);
    const entities = articlesPerSecond(texts, extractEntities, rounds);
    const both = articlesPerSecond(texts, extract, rounds);
    figures.push({ section: 'extraction', name: `${set.name}: entities only`, value: entities, unit: 'articles/s/core', target: { atLeast: 1000 }, note: `${texts.length} texts, median of ${rounds} passes` });
    figures.push({ section: 'extraction', name: `${set.name}: entities+quotes`, value: both, unit: 'articles/s/core', target: { atLeast: 1000 }, note: `${texts.length} texts, median of ${rounds} passes` });
    if (!compromise) continue;
    const runCompromise = (t: string) => {
      const doc = compromise(t);
      return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
    };
    warmUp(texts, runCompromise);
    const reference = articlesPerSecond(
      texts,
      runCompromise,
      quick ? 1 : 3,
      quick ? 5_000 : 20_000,
    );
    figures.push({ section: 'extraction', name: `${set.name}: compromise people/places/orgs`, value: reference, unit: 'articles/s/core', note: 'reference, same run' });
    figures.push({ section: 'extraction', name: `${set.name}: entities+quotes vs compromise`, value: both / reference, unit: '×', target: { atLeast: 20 } });
  }
  return figures;
}
