import { quotesVersion } from '../version';
import { RULES_ONLY, quoteModelsNamed } from './model-file';

describe('QUOTE_MODELS', () => {
  it('runs the rules alone by default, and the committed recall pass under rules+recall', () => {
    expect(quoteModelsNamed('rules')).toBe(RULES_ONLY);
    const withRecall = quoteModelsNamed('rules+recall');
    expect(withRecall.recall).not.toBeNull();
    expect(withRecall.cue).toBeNull();
    expect(withRecall.tagger).toBeNull();
  });

  it('runs the committed content tagger under rules+tagger, without the recall pass', () => {
    const withTagger = quoteModelsNamed('rules+tagger');
    expect(withTagger.tagger).not.toBeNull();
    expect(withTagger.recall).toBeNull();
  });

  it('records a quotes version of its own for the recall pass, so reprocess --outdated tells the runs apart', () => {
    expect(quotesVersion('rules')).toBe('quotes-7');
    expect(quotesVersion('rules+recall')).toBe('quotes-7+recall');
    expect(quotesVersion('rules+tagger')).toBe('quotes-7+tagger');
  });
});
