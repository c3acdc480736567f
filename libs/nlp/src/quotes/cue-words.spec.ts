import { extractorWith, quoteWithText } from './test-helpers';

const run = extractorWith({});

describe('extractQuotes: cue words shaped like nouns', () => {
  it.each([
    ['an -s word before an object pronoun', 'Footage of the landing shows him waving at the crowd before the storm.', 'him waving at the crowd before the storm', 'shows'],
    ['an -s word after "and" before an object', 'The ferry chief is wary of the new locks and expects them to fail within a year.', 'them to fail within a year', 'expects'],
    ['a base form after a name and before a that-clause', 'Figures from the 2019 Harbor Freight Survey show that ferry traffic fell by a third.', 'ferry traffic fell by a third', 'show'],
  ])('reads %s as a verb', (_shape, sentence, content, cue) => {
    expect(quoteWithText(run(`Intro line.\n\n${sentence}`), content)).toMatchObject({ cue: { text: cue } });
  });

  it('keeps a noun with a relative clause a noun', () => {
    expect(run('Intro line.\n\nThe pair recorded a long show that ran on Friday and was short on facts.')).toHaveLength(0);
  });

  it('does not read "Having said that," as an attribution', () => {
    const quotes = run('Intro line.\n\nHaving said that, there are engineers who argue that the bridge should close.');
    expect(quoteWithText(quotes, 'the bridge should close')).toMatchObject({ speaker: { text: 'who' }, cue: { text: 'argue' } });
  });
});
