import { extractorWith, quoteWithText } from './test-helpers';

const run = extractorWith({ 'Ms. Ortiz': ['PERSON', 'Lena Ortiz'] });

describe('extractQuotes: verbs of speaking', () => {
  it.each([
    ['a duration', 'The two mayors spoke for about ten minutes.'],
    ['a listener', 'Ms. Ortiz spoke to a meeting of harbor pilots on Monday.'],
    ['a time opening the sentence', 'A few days earlier, Ms. Ortiz was speaking to the pilots when the chief walked in.'],
    ['a time and a connective opening the sentence', 'On Friday, however, Ms. Ortiz spoke to a group of ferry captains.'],
  ])('say nothing with only %s', (_shape, sentence) => {
    expect(run(`Intro line.\n\n${sentence}`)).toEqual([]);
  });

  it('take the topic after a listener', () => {
    const quotes = run('Intro line.\n\nMs. Ortiz talks to the pilots about the cost of the new locks.');
    expect(quotes.some((q) => q.text.includes('the cost of the new locks') && q.speakerCanonical === 'Lena Ortiz')).toBe(true);
  });

  it('take the topic after a manner phrase', () => {
    const quotes = run('Intro line.\n\nMs. Ortiz speaks more often in public about the locks than about the fees.');
    expect(quotes.some((q) => q.text.includes('the locks than about the fees') && q.speakerCanonical === 'Lena Ortiz')).toBe(true);
  });

  it('take the topic after "spoke of"', () => {
    expect(quoteWithText(run('Intro line.\n\nMs. Ortiz spoke of the cost of the new locks.'), 'the cost of the new locks')).toMatchObject({ speakerCanonical: 'Lena Ortiz' });
  });
});
