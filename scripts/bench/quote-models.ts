import type { QuoteModelsName } from '@newsflow/nlp';
import { Figure } from './figures';
import { singlePassRounds } from './single-pass-child';

const MODELS: QuoteModelsName[] = ['rules', 'rules+recall', 'rules+tagger'];
/** Issue 17's bar: entities+quotes no slower than the rules were (about 385 articles/s on one core). */
const SINGLE_PASS_TARGET = 385;

/**
 * Entities+quotes under each QUOTE_MODELS, each run in a fresh process with the stages' Node flags (so
 * no run reads another's word caches), warmed up on the PolNeAR dev texts, then timed over one pass of
 * train texts; the models take turns, and each figure is the median of its runs.
 */
export function benchQuoteModels(quick: boolean, shared: string): Figure[] {
  const passes = singlePassRounds(MODELS, 'polnear', shared, quick ? 300 : 840, quick ? 1 : 3, 'models');
  const rules = passes.median('rules');
  return MODELS.map((model) => {
    const rate = passes.median(model);
    const slower = model === 'rules' ? '' : `; ${(100 * (1 - rate / rules)).toFixed(0)}% slower than the rules alone`;
    return { section: 'models', name: `entities+quotes, QUOTE_MODELS=${model}`, value: rate, unit: 'articles/s/core', target: { atLeast: SINGLE_PASS_TARGET }, runs: passes.runs.get(model), note: `one pass over ${passes.texts(model)} texts after warming up on dev, fresh process per run${slower}` };
  });
}
