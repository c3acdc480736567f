import { extractorWith, quoteWithText } from './test-helpers';

const run = extractorWith({ 'The Washington Post': ['ORG', 'The Washington Post'] });

describe('extractQuotes: passive attributions', () => {
  it('takes the subject as what was said and the "by" agent as the speaker', () => {
    const text = 'Intro line.\n\nThe registration issue was first reported by The Washington Post.';
    expect(quoteWithText(run(text), 'The registration issue')).toMatchObject({ speaker: { text: 'The Washington Post' }, cue: { text: 'reported' } });
  });

  it('takes a long agent up to the sentence end', () => {
    const text = "Intro line.\n\nHis views were echoed by a number of tax experts I spoke to this week.";
    expect(quoteWithText(run(text), 'His views')).toMatchObject({ speaker: { text: 'a number of tax experts I spoke to this week' } });
  });

  it('leaves a time after "by" alone', () => {
    const text = 'Intro line.\n\nThe plan was approved by 2050.';
    expect(run(text).some((q) => q.text === 'The plan')).toBe(false);
  });
});
