import { extractorWith, quoteWithText } from './test-helpers';

const PEOPLE = {
  'Nick Merrill': ['PERSON', 'Nick Merrill'],
  Machado: ['PERSON', 'Alicia Machado'],
  Figueroa: ['PERSON', 'Meleiza Figueroa'],
  'Mr. Clarke': ['PERSON', 'Tom Clarke'],
  'Secretary General Ban Ki-moon': ['PERSON', 'Ban Ki-moon'],
  'Hillary Clinton': ['PERSON', 'Hillary Clinton'],
} as const;

const run = extractorWith(PEOPLE);
const speakers = (text: string): Array<string | undefined> => run(text).map((q) => q.speaker?.text);

describe('extractQuotes: attributions inside what someone said', () => {
  it('keeps a reported speaker inside the statement of the one who reports it', () => {
    const text = 'Intro line.\n\nClinton spokesman Nick Merrill says Machado promised to continue supporting Clinton.';
    expect(quoteWithText(run(text), 'Machado promised to continue supporting Clinton')).toMatchObject({ speaker: { text: 'Clinton spokesman Nick Merrill' } });
    expect(speakers(text)).not.toContain('Machado');
  });

  it('does not make a relative pronoun inside the content a speaker', () => {
    const text = 'Intro line.\n\nRival Hillary Clinton had mocked the complaint, saying anybody who complains about a microphone is not having a good night.';
    expect(speakers(text)).not.toContain('who');
    expect(quoteWithText(run(text), 'anybody who complains about a microphone is not having a good night')).toMatchObject({ speaker: { text: 'Rival Hillary Clinton' } });
  });

  it('ends the content where a later speaker’s own clause begins after "though"', () => {
    const text = 'Intro line.\n\nFigueroa said the campaign planned to bus in supporters to stage a protest, though she acknowledged it was unlikely to work.';
    const quotes = run(text);
    expect(quoteWithText(quotes, 'the campaign planned to bus in supporters to stage a protest')).toMatchObject({ speaker: { text: 'Figueroa' } });
    expect(quoteWithText(quotes, 'it was unlikely to work')).toMatchObject({ speaker: { text: 'she' }, speakerCanonical: 'Meleiza Figueroa' });
  });

  it('keeps a stance inside the rest of a sentence that an aside interrupts', () => {
    const text = 'Intro line.\n\nBack in Virginia, Mr. Clarke said, he decided to take aim at the coal industry.';
    expect(quoteWithText(run(text), 'he decided to take aim at the coal industry')).toMatchObject({ speaker: { text: 'Mr. Clarke' } });
    expect(speakers(text)).not.toContain('he');
  });

  it('gives "what he called …" the sentence’s subject, whose statement it is part of', () => {
    const text = 'Intro line.\n\nSecretary General Ban Ki-moon condemned what he called a “brazen breach” of U.N. resolutions.';
    expect(quoteWithText(run(text), 'a “brazen breach” of U.N. resolutions')).toMatchObject({ speaker: { text: 'Secretary General Ban Ki-moon' }, cue: { text: 'called' } });
  });

  it('does the same for "in which he called …"', () => {
    const text = 'Intro line.\n\nMachado did not address the early-morning tweets in which she called the debate “rigged.”';
    expect(quoteWithText(run(text), 'the debate “rigged.”')).toMatchObject({ speaker: { text: 'Machado' } });
  });
});
