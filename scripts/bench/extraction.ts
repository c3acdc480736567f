import { extract, extractEntities } from '@newsflow/nlp';
import { Figure, median, progress } from './figures';
import { TextSet } from './texts';

interface Compromise {
  (text: string): { people(): { out(f: string): string[] }; places(): { out(f: string): string[] }; organizations(): { out(f: string): string[] } };
}

/** Articles per second of `run` over the texts, median of `rounds` passes (single thread = one core). */
export function articlesPerSecond(texts: string[], run: (text: string) => unknown, rounds: number, budgetMs = Infinity): number {
  const rates: number[] = [];
  const deadline = Date.now() + budgetMs;
  for (let r = 0; r < rounds; r++) {
    let done = 0;
    const start = process.hrtime.bigint();
    for (const t of texts) {
      run(t);
      done++;
      if (Date.now() > deadline && done >= 20) break;
    }
    rates.push(done / (Number(process.hrtime.bigint() - start) / 1e9));
    if (Date.now() > deadline) break;
  }
  return median(rates);
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
    for (const t of texts.slice(0, 20)) extract(t); // warm the JIT and the model caches
    progress(`extraction: ${set.name} (${texts.length} texts, ${rounds} rounds)`);
    const entities = articlesPerSecond(texts, extractEntities, rounds);
    const both = articlesPerSecond(texts, extract, rounds);
    figures.push({ section: 'extraction', name: `${set.name}: entities only`, value: entities, unit: 'articles/s/core', target: { atLeast: 1000 }, note: `${texts.length} texts, median of ${rounds} passes` });
    figures.push({ section: 'extraction', name: `${set.name}: entities+quotes`, value: both, unit: 'articles/s/core', target: { atLeast: 1000 }, note: `${texts.length} texts, median of ${rounds} passes` });
    if (!compromise) continue;
    const reference = articlesPerSecond(
      texts,
      (t) => {
        const doc = compromise(t);
        return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
      },
      quick ? 1 : 3,
      quick ? 5_000 : 20_000,
    );
    figures.push({ section: 'extraction', name: `${set.name}: compromise people/places/orgs`, value: reference, unit: 'articles/s/core', note: 'reference, same run' });
    figures.push({ section: 'extraction', name: `${set.name}: entities+quotes vs compromise`, value: both / reference, unit: '×', target: { atLeast: 20 } });
  }
  return figures;
}
