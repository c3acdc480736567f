import { extractorWith, quoteWithText } from './test-helpers';

const run = extractorWith({ Ruiz: ['PERSON', 'Elena Ruiz'], 'Luis Mendes': ['PERSON', 'Luis Mendes'] });

describe('extractQuotes: nominal attributions', () => {
  it('reads "his claim that …" with the pronoun as the speaker', () => {
    const text = "Intro line.\n\nContrary to his claim that voters would notice nothing, there would be plenty of evidence.";
    expect(quoteWithText(run(text), 'voters would notice nothing')).toMatchObject({ speaker: { text: 'his' }, cue: { text: 'claim' } });
  });

  it('gives the pronoun after a verb to the verb’s subject', () => {
    const text = 'Intro line.\n\nMeanwhile Ruiz continues her adulation of Luis Mendes.';
    expect(quoteWithText(run(text), 'Luis Mendes')).toMatchObject({ speaker: { text: 'Ruiz' }, cue: { text: 'adulation' } });
  });

  it('ends an infinitive complement at the next finite verb', () => {
    const text = "Intro line.\n\nMrs. Ortega's plan to raise fees on the banks would also cap bonuses.";
    expect(quoteWithText(run(text), 'to raise fees on the banks')).toMatchObject({ speaker: { text: "Mrs. Ortega's" } });
  });

  it('does not read a listener after "to" as a complement', () => {
    const text = "Intro line.\n\nOrtega's statements to the panel don't really mean much.";
    expect(run(text)).toEqual([]);
  });
});
