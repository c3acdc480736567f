import { extractorWith, quoteWithText } from './test-helpers';

const run = extractorWith({ Trump: ['PERSON', 'Donald Trump'], 'Vladimir Putin': ['PERSON', 'Vladimir Putin'] });

describe('extractQuotes: nominal attributions', () => {
  it('reads "his claim that …" with the pronoun as the speaker', () => {
    const text = "Intro line.\n\nContrary to his claim that people would learn nothing, there would be a wealth of information.";
    expect(quoteWithText(run(text), 'people would learn nothing')).toMatchObject({ speaker: { text: 'his' }, cue: { text: 'claim' } });
  });

  it('gives the pronoun after a verb to the verb’s subject', () => {
    const text = 'Intro line.\n\nMeanwhile Trump continues his adulation of Vladimir Putin.';
    expect(quoteWithText(run(text), 'Vladimir Putin')).toMatchObject({ speaker: { text: 'Trump' }, cue: { text: 'adulation' } });
  });

  it('ends an infinitive complement at the next finite verb', () => {
    const text = "Intro line.\n\nMrs. Clinton's plan to raise taxes on the rich would also cap deductions.";
    expect(quoteWithText(run(text), 'to raise taxes on the rich')).toMatchObject({ speaker: { text: "Mrs. Clinton's" } });
  });

  it('does not read a listener after "to" as a complement', () => {
    const text = "Intro line.\n\nClinton's statements to the FBI don't really mean much.";
    expect(run(text)).toEqual([]);
  });
});
