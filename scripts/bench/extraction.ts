import { Figure } from './figures';
import { singlePassRounds } from './single-pass-child';
import { SinglePassSet } from './texts';

const EXTRACTORS = ['entities', 'raw', 'compromise'] as const;

/**
 * Entities, entities+quotes and compromise's people/places/organizations on each set: each run one pass
 * over texts it has not read, in a fresh process with the stages' Node flags, after warming up on other
 * texts of the set; the extractors take turns, and each figure is the median of its runs.
 */
export function benchExtraction(sets: SinglePassSet[], quick: boolean, shared: string): Figure[] {
  const figures: Figure[] = [];
  for (const set of sets) {
    const passes = singlePassRounds(EXTRACTORS, set, shared, quick ? 300 : 1000, quick ? 1 : 3, 'extraction');
    const source = `one pass over ${passes.texts('raw')} texts after warming up on others, fresh process per run`;
    const [entities, both, reference] = EXTRACTORS.map(passes.median);
    figures.push(
      { section: 'extraction', name: `${set}: entities only`, value: entities, unit: 'articles/s/core', target: { atLeast: 1000 }, runs: passes.runs.get('entities'), note: source },
      { section: 'extraction', name: `${set}: entities+quotes`, value: both, unit: 'articles/s/core', target: { atLeast: 1000 }, runs: passes.runs.get('raw'), note: source },
      { section: 'extraction', name: `${set}: compromise people/places/orgs`, value: reference, unit: 'articles/s/core', runs: passes.runs.get('compromise'), note: 'reference, the same texts the same way, for at most 15 s' },
      { section: 'extraction', name: `${set}: entities+quotes vs compromise`, value: both / reference, unit: '×', target: { atLeast: 20 } },
    );
  }
  return figures;
}
