import { extractorWith, itFindsSpeakers, quoteWithText } from './test-helpers';

const run = extractorWith({
  'The Daily Ledger': ['ORG', 'The Daily Ledger'],
  'Marta Kell': ['PERSON', 'Marta Kell'],
  Kell: ['PERSON', 'Marta Kell'],
  'Oren Vasko': ['PERSON', 'Oren Vasko'],
  Vasko: ['PERSON', 'Oren Vasko'],
});

/** Every quote whose speaker is the given mention text. */
const spokenBy = (text: string, speaker: string) => run(`Intro line.\n\n${text}`).filter((q) => q.speaker?.text === speaker);

describe('extractQuotes: passive attributions, and subjects that do not speak', () => {
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

  describe('without a "by" agent, the subject is what was acted on and never the speaker', () => {
    it.each([
      ['a blame', 'Oren Vasko was blamed for the delays in the audit.', 'Oren Vasko'],
      ['a ridicule', 'Vasko was ridiculed for his prediction that the audit would fail.', 'Vasko'],
      ['a result', 'Marta Kell was declared the winner in three districts.', 'Marta Kell'],
      ['a judgement', 'Vasko was widely criticized for his handling of the audit.', 'Vasko'],
      ['a charge', 'Oren Vasko, who led the audit, was charged with fraud last week.', 'Oren Vasko, who led the audit'],
    ])('%s', (_shape, sentence, subject) => {
      expect(spokenBy(sentence, subject)).toEqual([]);
    });

    it('takes no speaker for an expectation, whatever the verb after it', () => {
      const quotes = run('Intro line.\n\nKell is expected to unveil her second budget on Monday.');
      expect(quotes.find((q) => q.cue?.text === 'expected')).toMatchObject({ speaker: null });
    });

    it('still names who is quoted or seen speaking', () => {
      const quotes = run('Intro line.\n\nKell is quoted as saying the audit was rushed. Vasko was seen telling aides that the audit was fair.');
      expect(quotes.filter((q) => q.speaker?.text === 'Kell').length).toBeGreaterThan(0);
      expect(quotes.filter((q) => q.speaker?.text === 'Vasko').length).toBeGreaterThan(0);
    });
  });

  it('takes no speaker after "seem": the writer\'s impression of the subject, not the subject\'s words', () => {
    expect(spokenBy('Kell seemed to relish the fight over the audit.', 'Kell')).toEqual([]);
    expect(spokenBy('Oren Vasko seems ready to say that the audit failed.', 'Oren Vasko')).toEqual([]);
  });
});
