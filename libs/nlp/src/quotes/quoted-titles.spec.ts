import { followsNamingVerb, isQuotedTitle } from './quoted-titles';
import { extractorWith, quoteWithText } from './test-helpers';

const run = extractorWith({ 'Marta Velez': ['PERSON', 'Marta Velez'] });

describe('quoted titles', () => {
  it('reads a short capitalised span without inner punctuation as a title', () => {
    const text = 'a “Harvest Moon Over the Valley” show';
    expect(isQuotedTitle(text, 3, 31)).toBe(true);
  });

  it('reads a sentence or a lower-case phrase as speech', () => {
    const a = 'Stop That, Please';
    const b = 'Please stop that';
    const c = 'Stop it';
    expect(isQuotedTitle(a, 0, a.length)).toBe(false);
    expect(isQuotedTitle(b, 0, b.length)).toBe(false);
    expect(isQuotedTitle(c, 0, c.length)).toBe(false);
  });

  it('finds a naming verb before the mark, also across one pronoun', () => {
    const text = 'the board dubbed it “Glass Tower Folly”';
    expect(followsNamingVerb(text, text.indexOf('“'))).toBe(true);
    expect(followsNamingVerb('she praised “Glass Tower Folly”', 12)).toBe(false);
  });

  it('does not take the name of a show as a quote', () => {
    const text = 'Intro line.\n\nSpeaking on “Morning Harbor Report,” Marta Velez said the ferry would run again.';
    const quotes = run(text);
    expect(quotes.some((q) => q.text.startsWith('Morning Harbor'))).toBe(false);
    expect(quoteWithText(quotes, 'the ferry would run again')).toMatchObject({ speaker: { text: 'Marta Velez' } });
  });

  it('keeps a capitalised label the speaker gave', () => {
    const text = 'Intro line.\n\nMarta Velez called it “Dead Weight Forever.”';
    expect(run(text).some((q) => q.text.startsWith('Dead Weight Forever'))).toBe(true);
  });

  it('keeps a quote in a title-case headline', () => {
    const text = 'Marta Velez Calls Ferry Plan ‘Floating Money Pit’\n\nBody text here.';
    expect(run(text).some((q) => q.text === 'Floating Money Pit')).toBe(true);
  });
});
