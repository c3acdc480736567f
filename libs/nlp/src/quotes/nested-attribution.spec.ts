import { extractorWith, quoteWithText } from './test-helpers';

const PEOPLE = {
  'Owen Pratt': ['PERSON', 'Owen Pratt'],
  Lind: ['PERSON', 'Sofia Lind'],
  Alvarez: ['PERSON', 'Rosa Alvarez'],
  'Mr. Ferris': ['PERSON', 'Tom Ferris'],
  'Secretary General Ana Costa': ['PERSON', 'Ana Costa'],
  'Lucia Ortega': ['PERSON', 'Lucia Ortega'],
} as const;

const run = extractorWith(PEOPLE);
const speakers = (text: string): Array<string | undefined> => run(text).map((q) => q.speaker?.text);

describe('extractQuotes: attributions inside what someone said', () => {
  it('keeps a reported speaker inside the statement of the one who reports it', () => {
    const text = 'Intro line.\n\nOrtega spokesman Owen Pratt says Lind promised to continue endorsing Ortega.';
    expect(quoteWithText(run(text), 'Lind promised to continue endorsing Ortega')).toMatchObject({ speaker: { text: 'Ortega spokesman Owen Pratt' } });
    expect(speakers(text)).not.toContain('Lind');
  });

  it('does not make a relative pronoun inside the content a speaker', () => {
    const text = 'Intro line.\n\nRival Lucia Ortega had mocked the protest, saying anyone who whines about a podium is not having a good evening.';
    expect(speakers(text)).not.toContain('who');
    expect(quoteWithText(run(text), 'anyone who whines about a podium is not having a good evening')).toMatchObject({ speaker: { text: 'Rival Lucia Ortega' } });
  });

  it('ends the content where a later speaker’s own clause begins after "though"', () => {
    const text = 'Intro line.\n\nAlvarez said the union planned to send in volunteers to hold a rally, though she acknowledged it was not likely to succeed.';
    const quotes = run(text);
    expect(quoteWithText(quotes, 'the union planned to send in volunteers to hold a rally')).toMatchObject({ speaker: { text: 'Alvarez' } });
    expect(quoteWithText(quotes, 'it was not likely to succeed')).toMatchObject({ speaker: { text: 'she' }, speakerCanonical: 'Rosa Alvarez' });
  });

  it('keeps a stance inside the rest of a sentence that an aside interrupts', () => {
    const text = 'Intro line.\n\nBack in Kentucky, Mr. Ferris said, he decided to go after the timber industry.';
    expect(quoteWithText(run(text), 'Back in Kentucky, Mr. Ferris said, he decided to go after the timber industry')).toMatchObject({ speaker: { text: 'Mr. Ferris' } });
    expect(speakers(text)).not.toContain('he');
  });

  it('gives "what he called …" the sentence’s subject, whose statement it is part of', () => {
    const text = 'Intro line.\n\nSecretary General Ana Costa condemned what she called a “blatant violation” of the ceasefire terms.';
    expect(quoteWithText(run(text), 'a “blatant violation” of the ceasefire terms')).toMatchObject({ speaker: { text: 'Secretary General Ana Costa' }, cue: { text: 'called' } });
  });

  it('does the same for "in which he called …"', () => {
    const text = 'Intro line.\n\nLind did not address the late-night posts in which she called the vote “stolen.”';
    expect(quoteWithText(run(text), 'the vote “stolen.”')).toMatchObject({ speaker: { text: 'Lind' } });
  });
});
