import { extractorWith, quoteWithText } from './test-helpers';

const PEOPLE = {
  'Gwen Moore': ['PERSON', 'Gwen Moore'],
  'Jon Tester': ['PERSON', 'Jon Tester'],
  Tester: ['PERSON', 'Jon Tester'],
  Obama: ['PERSON', 'Barack Obama'],
  Trump: ['PERSON', 'Donald Trump'],
} as const;

const run = extractorWith(PEOPLE);

describe('extractQuotes: shapes of US political news', () => {
  it('reads a party affiliation in parentheses as part of the speaker', () => {
    const text = 'Intro line.\n\n“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday.';
    expect(quoteWithText(run(text), 'It’s a dog whistle to all Americans,')).toMatchObject({ speaker: { text: 'Rep. Gwen Moore (D-Wis.)' }, speakerCanonical: 'Gwen Moore' });
  });

  it('keeps a quote resumed after an aside with the same speaker', () => {
    const text = 'Intro line.\n\n“Every time you say that,” Tester said, referring to the 1 percent excuse, “you give ammunition to the people who want to break up the big banks.”';
    const quote = quoteWithText(run(text), 'you give ammunition to the people who want to break up the big banks.');
    expect(quote).toMatchObject({ kind: 'direct', speakerCanonical: 'Jon Tester' });
  });

  it('takes both halves of a sentence interrupted by its attribution', () => {
    const text = 'Intro line.\n\nClimate change, Mr. Obama often says, is the greatest long-term threat facing the world.';
    const quotes = run(text);
    expect(quoteWithText(quotes, 'Climate change')).toMatchObject({ cue: { text: 'says' }, speakerCanonical: 'Barack Obama' });
    expect(quoteWithText(quotes, 'is the greatest long-term threat facing the world')).toMatchObject({ cue: { text: 'says' }, speakerCanonical: 'Barack Obama' });
  });

  it('does not start the content at a relative "that" after a non-clause cue', () => {
    const text = 'Intro line.\n\nTrump called for female contestants to wear shorter dresses that showed more cleavage.';
    expect(quoteWithText(run(text), 'female contestants to wear shorter dresses that showed more cleavage')).toMatchObject({ speakerCanonical: 'Donald Trump' });
  });

  it('does not read "the United States" as a cue', () => {
    const text = 'Intro line.\n\nHe lives in the United States of America and works in the swing states of Ohio and Florida.';
    expect(run(text)).toEqual([]);
  });
});

describe('extractQuotes: nested stances and participles', () => {
  it('keeps "X said he expects …" as one attribution and ends it before ", arguing"', () => {
    const text = 'Intro line.\n\nSen. David Perdue (R-Ga.) said he didn’t believe those characterizations did Romney in in 2012, arguing that it was divisions in the party that were a bigger hurdle.';
    const quotes = run(text);
    expect(quotes.map((q) => [q.text, q.cue?.text, q.speaker?.text])).toEqual([
      ['he didn’t believe those characterizations did Romney in in 2012', 'said', 'Sen. David Perdue (R-Ga.)'],
      ['it was divisions in the party that were a bigger hurdle', 'arguing', 'Sen. David Perdue (R-Ga.)'],
    ]);
  });
});

describe('extractQuotes: stance verbs', () => {
  it('attributes a stance verb’s object: "likened", "railed against"', () => {
    const text = 'Intro line.\n\nTrump likened the agreement to a surrender. Obama railed against the tax plan.';
    const quotes = run(text);
    expect(quoteWithText(quotes, 'the agreement to a surrender')).toMatchObject({ cue: { text: 'likened' }, speakerCanonical: 'Donald Trump' });
    expect(quoteWithText(quotes, 'the tax plan')).toMatchObject({ cue: { text: 'railed' }, speakerCanonical: 'Barack Obama' });
  });

  it('does not give a relative clause the sentence before it', () => {
    const text = 'Intro line.\n\nMinsk has become the target of sanctions imposed by Western countries, who aim to punish it.';
    expect(run(text)).toEqual([]);
  });
});

describe('extractQuotes: transcripts', () => {
  it('reads "WALLACE: …" turns opened by an unclosed straight mark as whole-paragraph statements', () => {
    const text = 'Partial transcript as follows:\n\n"WALLACE: Let’s start with the debate. Will she be there?\n\n"PENCE: She will not be attending. Trump was mocking them.';
    const quotes = run(text);
    expect(quotes.map((q) => [q.speaker?.text, q.text])).toEqual([
      ['WALLACE', 'Let’s start with the debate. Will she be there?'],
      ['PENCE', 'She will not be attending. Trump was mocking them.'],
    ]);
  });
});
