import type { QuoteModelsName } from './quotes/model-file';

/** Bumped whenever an extractor's output can change, so stored results can be reprocessed. */
export const EXTRACTOR_VERSIONS = {
  entities: 'ner-2',
  quotes: 'quotes-7',
} as const;

/** The quotes stage's version under QUOTE_MODELS: a learned part stores other quotes, so its runs are told apart. */
export function quotesVersion(models: QuoteModelsName): string {
  return models === 'rules' ? EXTRACTOR_VERSIONS.quotes : `${EXTRACTOR_VERSIONS.quotes}+${models.slice('rules+'.length)}`;
}
