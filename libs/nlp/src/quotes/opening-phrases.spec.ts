import { extractorWith, quoteWithText } from './test-helpers';

const run = extractorWith({ 'Ms. Ortiz': ['PERSON', 'Lena Ortiz'] });

describe('extractQuotes: a sentence opening before "…, X said"', () => {
  it.each([
    ['a setting', 'During her two terms on the council, Ms. Ortiz said, the harbor fees doubled.', 'the harbor fees doubled'],
    ['a connective', 'Nonetheless, I write these notes because the harbor matters to us.', null],
  ])('does not take %s for what was said', (_shape, sentence, rest) => {
    const quotes = run(`Intro line.\n\n${sentence}`);
    const opening = sentence.slice(0, sentence.indexOf(','));
    expect(quotes.some((q) => q.text === opening)).toBe(false);
    if (rest) expect(quoteWithText(quotes, rest)).toMatchObject({ speakerCanonical: 'Lena Ortiz' });
  });

  it('keeps an opening clause with a verb of its own', () => {
    const quotes = run('Intro line.\n\nAfter the storm the ferry was running again, Ms. Ortiz said.');
    expect(quoteWithText(quotes, 'After the storm the ferry was running again')).toMatchObject({ speakerCanonical: 'Lena Ortiz' });
  });
});
