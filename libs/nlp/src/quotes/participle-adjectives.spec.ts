import { extractorWith } from './test-helpers';

const run = extractorWith({ 'Ms. Ortiz': ['PERSON', 'Lena Ortiz'] });

describe('extractQuotes: a participle right after a cue that is an adjective', () => {
  it('does not read the opening phrase as what was said', () => {
    const quotes = run('Intro line.\n\nAt the Tuesday hearing, Ms. Ortiz cited mocking posts the mayor had written about the union as proof of his carelessness.');
    expect(quotes.some((q) => q.text.startsWith('At the Tuesday hearing'))).toBe(false);
    expect(quotes.some((q) => q.text.includes('the mayor had written about the union') && q.speakerCanonical === 'Lena Ortiz')).toBe(true);
  });

  it('still continues the speaker after "said adding"', () => {
    const quotes = run('Intro line.\n\nMs. Ortiz said adding that the budget would shrink.');
    expect(quotes.some((q) => q.text === 'that the budget would shrink' && q.speakerCanonical === 'Lena Ortiz')).toBe(true);
  });
});
