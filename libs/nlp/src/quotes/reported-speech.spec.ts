import { extractorWith, quoteWithText } from './test-helpers';

const PEOPLE = {
  Trump: ['PERSON', 'Donald Trump'],
  'Mr. Holtz-Eakin': ['PERSON', 'Douglas Holtz-Eakin'],
  Politico: ['ORG', 'Politico'],
} as const;

const run = extractorWith(PEOPLE);

describe('extractQuotes: "according to" with any source', () => {
  it('takes a lower-case or long source after the content', () => {
    const text = 'Intro line.\n\nAbout 9.9 million single mothers with young children live in the United States, according to federal statistics.';
    expect(quoteWithText(run(text), 'About 9.9 million single mothers with young children live in the United States')).toMatchObject({ cue: { text: 'according to' }, speaker: { text: 'federal statistics' } });
  });

  it('takes the content after a leading "According to X,"', () => {
    const text = 'Intro line.\n\nAccording to a new report by Politico, party insiders are trying to mobilize voters in Florida.';
    expect(quoteWithText(run(text), 'party insiders are trying to mobilize voters in Florida')).toMatchObject({ speaker: { text: 'a new report by Politico' } });
  });
});

describe('extractQuotes: sentence ends', () => {
  it('starts a sentence at a doubled-single opening mark and keeps the speaker for it', () => {
    const text = "Intro line.\n\n''I have admiration for the mechanics,'' Mr. Holtz-Eakin said. ''But I have serious concerns about the quality.''";
    expect(quoteWithText(run(text), 'But I have serious concerns about the quality.')).toMatchObject({ kind: 'direct', speakerCanonical: 'Douglas Holtz-Eakin' });
  });

  it('ends a sentence after a decade such as "1970s."', () => {
    const text = 'Intro line.\n\n"It was a deal," said Patrick McGinley, who has worked on coal cases since the 1970s. "This company has shed its liabilities."';
    expect(quoteWithText(run(text), 'This company has shed its liabilities.')).toMatchObject({ kind: 'direct', speaker: { text: 'Patrick McGinley' } });
  });
});

describe('extractQuotes: possessive nouns', () => {
  it('reads "Trump’s plan" as a noun but "Trump’s claim that …" as reported', () => {
    expect(run('Intro line.\n\nUnder Trump’s plan taxes would fall for the richest families.')).toEqual([]);
    const text = 'Intro line.\n\nPolitifact checked Trump’s claim that there have been thousands of shootings in Chicago.';
    expect(quoteWithText(run(text), 'there have been thousands of shootings in Chicago')).toMatchObject({ speaker: { text: 'Trump’s' } });
  });
});
