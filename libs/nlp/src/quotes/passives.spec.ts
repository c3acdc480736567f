import { extractorWith, itFindsSpeakers, quoteWithText } from './test-helpers';

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

  itFindsSpeakers('takes %s for the agent', run, [
    ['a quantity', 'Mayor Dana Whitfield was endorsed by dozens of farm groups.', 'Mayor Dana Whitfield', 'dozens of farm groups'],
    ['a share of people', 'Among likely voters, Whitfield was backed by 41 percent of those polled.', 'Whitfield', '41 percent of those polled'],
    ['an aside before the verb', 'Her rival, however, is backed by far fewer groups.', 'Her rival', 'far fewer groups'],
  ]);

  it('ends an earlier content where the passive subject starts', () => {
    const quotes = run('Intro line.\n\nWhen the survey asked about the three candidates in the race, Whitfield was backed by 41 percent of those polled.');
    expect(quoteWithText(quotes, 'Whitfield')).toMatchObject({ speaker: { text: '41 percent of those polled' } });
    expect(quotes.some((q) => q.text.includes('in the race, Whitfield'))).toBe(false);
  });
});
