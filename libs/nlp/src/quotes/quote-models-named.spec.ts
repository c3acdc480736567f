import { quotesVersion } from '../version';
import { RULES_ONLY, quoteModelsNamed } from './model-file';

describe('QUOTE_MODELS', () => {
  it('runs the rules alone by default, and the committed recall pass under rules+recall', () => {
    expect(quoteModelsNamed('rules')).toBe(RULES_ONLY);
    const withRecall = quoteModelsNamed('rules+recall');
    expect(withRecall.recall).not.toBeNull();
    expect(withRecall.cue).toBeNull();
  });

  it('records a quotes version of its own for the recall pass, so reprocess --outdated tells the runs apart', () => {
    expect(quotesVersion('rules')).toBe('quotes-6');
    expect(quotesVersion('rules+recall')).toBe('quotes-6+recall');
  });
});
