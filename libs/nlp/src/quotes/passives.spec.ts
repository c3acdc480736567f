import { extractorWith, quoteWithText } from './test-helpers';

const run = extractorWith({ 'The Daily Ledger': ['ORG', 'The Daily Ledger'] });

describe('extractQuotes: passive attributions', () => {
  it('takes the subject as what was said and the "by" agent as the speaker', () => {
    const text = 'Intro line.\n\nThe licensing dispute was initially reported by The Daily Ledger.';
    expect(quoteWithText(run(text), 'The licensing dispute')).toMatchObject({ speaker: { text: 'The Daily Ledger' }, cue: { text: 'reported' } });
  });

  it('takes a long agent up to the sentence end', () => {
    const text = "Intro line.\n\nHer views were echoed by several budget analysts I talked to last month.";
    expect(quoteWithText(run(text), 'Her views')).toMatchObject({ speaker: { text: 'several budget analysts I talked to last month' } });
  });

  it('leaves a time after "by" alone', () => {
    const text = 'Intro line.\n\nThe plan was approved by 2050.';
    expect(run(text).some((q) => q.text === 'The plan')).toBe(false);
  });
});
