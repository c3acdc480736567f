import { extractorWith, quoteEndingWith, quoteWithText } from './test-helpers';

const PEOPLE = {
  'Lena Ford': ['PERSON', 'Lena Ford'],
  'Tom Baxter': ['PERSON', 'Tom Baxter'],
  Baxter: ['PERSON', 'Tom Baxter'],
  Hale: ['PERSON', 'Daniel Hale'],
  Ruiz: ['PERSON', 'Elena Ruiz'],
} as const;

const run = extractorWith(PEOPLE);

describe('extractQuotes: shapes of US political news', () => {
  it('reads a party affiliation in parentheses as part of the speaker', () => {
    const text = 'Intro line.\n\n“It’s a slap in the face to all workers,” Rep. Lena Ford (D-Minn.) said Friday.';
    expect(quoteWithText(run(text), 'It’s a slap in the face to all workers,')).toMatchObject({ speaker: { text: 'Rep. Lena Ford (D-Minn.)' }, speakerCanonical: 'Lena Ford' });
  });

  it('keeps a quote resumed after an aside with the same speaker', () => {
    const text = 'Intro line.\n\n“Each time you argue that,” Baxter said, referring to the budget excuse, “you hand a weapon to those who hope to shut down the small clinics.”';
    const quote = quoteEndingWith(run(text), 'you hand a weapon to those who hope to shut down the small clinics.');
    expect(quote).toMatchObject({ kind: 'direct', speakerCanonical: 'Tom Baxter' });
  });

  it('takes a sentence interrupted by its attribution as one statement', () => {
    const text = 'Intro line.\n\nPublic debt, Mr. Hale often says, is the biggest long-run danger facing the state.';
    expect(run(text).map((q) => [q.kind, q.text, q.cue?.text, q.speakerCanonical])).toEqual([
      ['indirect', 'Public debt, Mr. Hale often says, is the biggest long-run danger facing the state', 'says', 'Daniel Hale'],
    ]);
  });

  it('does not start the content at a relative "that" after a non-clause cue', () => {
    const text = 'Intro line.\n\nRuiz called for junior staff to wear brighter badges that showed their names.';
    expect(quoteWithText(run(text), 'junior staff to wear brighter badges that showed their names')).toMatchObject({ speakerCanonical: 'Elena Ruiz' });
  });

  it('does not read "the United States" as a cue', () => {
    const text = 'Intro line.\n\nHe lives in the United States of America and works in the border states of Texas and Arizona.';
    expect(run(text)).toEqual([]);
  });
});

describe('extractQuotes: nested stances and participles', () => {
  it('keeps "X said he expects …" as one attribution and ends it before ", arguing"', () => {
    const text = 'Intro line.\n\nSen. Mark Dalton (R-Tenn.) said he didn’t think those attacks did Hale in in 2016, arguing that it was turnout in the cities that was a bigger problem.';
    const quotes = run(text);
    expect(quotes.map((q) => [q.text, q.cue?.text, q.speaker?.text])).toEqual([
      ['he didn’t think those attacks did Hale in in 2016', 'said', 'Sen. Mark Dalton (R-Tenn.)'],
      ['that it was turnout in the cities that was a bigger problem', 'arguing', 'Sen. Mark Dalton (R-Tenn.)'],
    ]);
  });
});

describe('extractQuotes: stance verbs', () => {
  it('attributes a stance verb’s object: "likened", "railed against"', () => {
    const text = 'Intro line.\n\nRuiz likened the treaty to a capitulation. Hale railed against the toll plan.';
    const quotes = run(text);
    expect(quoteWithText(quotes, 'the treaty to a capitulation')).toMatchObject({ cue: { text: 'likened' }, speakerCanonical: 'Elena Ruiz' });
    expect(quoteWithText(quotes, 'the toll plan')).toMatchObject({ cue: { text: 'railed' }, speakerCanonical: 'Daniel Hale' });
  });

  it('does not give a relative clause the sentence before it', () => {
    const text = 'Intro line.\n\nMinsk has become the target of sanctions imposed by Western countries, who aim to punish it.';
    expect(run(text)).toEqual([]);
  });
});

describe('extractQuotes: transcripts', () => {
  it('reads "WALLACE: …" turns opened by an unclosed straight mark as whole-paragraph statements', () => {
    const text = 'Partial transcript as follows:\n\n"WALLACE: Let’s start with the debate. Will she be there?\n\n"PENCE: She will not be attending. Ruiz was mocking them.';
    const quotes = run(text);
    expect(quotes.map((q) => [q.speaker?.text, q.text])).toEqual([
      ['WALLACE', 'Let’s start with the debate. Will she be there?'],
      ['PENCE', 'She will not be attending. Ruiz was mocking them.'],
    ]);
  });
});
