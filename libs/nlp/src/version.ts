/** Bumped whenever an extractor's output can change, so stored results can be reprocessed. */
export const EXTRACTOR_VERSIONS = {
  entities: 'ner-1',
  quotes: 'quotes-3',
} as const;
