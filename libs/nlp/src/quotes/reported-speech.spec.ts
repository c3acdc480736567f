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

describe('extractQuotes: subjects the speaker walk misses', () => {
  it('takes the name that opens a clause with a long appositive', () => {
    const text = 'Intro line.\n\nAngelique Brunner, a Washington-based developer and spokeswoman for the EB-5 Investment Coalition, which is made up of investors and developers, said many of the examples failed to note the program helped depressed places.';
    expect(quoteWithText(run(text), 'many of the examples failed to note the program helped depressed places')).toMatchObject({ speaker: { text: 'Angelique Brunner' }, cue: { text: 'said' } });
  });

  it('takes a quote before a name with its appositive', () => {
    const text = 'Intro line.\n\n“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at a Washington event this month.';
    expect(quoteWithText(run(text), 'It’s an invasion of the state regulatory domain,')).toMatchObject({ kind: 'direct', speaker: { text: 'Scott Pruitt' } });
  });

  it('takes a subject with prepositions, numbers or no capital for an unmistakable cue', () => {
    const quotes = run('Intro line.\n\nExperts on North Korea and nuclear nonproliferation said the latest nuclear test could change that. However, 63 percent said the delay was justified.');
    expect(quoteWithText(quotes, 'the latest nuclear test could change that')).toMatchObject({ speaker: { text: 'Experts on North Korea and nuclear nonproliferation' } });
    expect(quoteWithText(quotes, 'the delay was justified')).toMatchObject({ speaker: { text: '63 percent' } });
  });

  it('keeps a speaker after the cue that goes on with a modifier', () => {
    const text = 'Intro line.\n\n“Republicans are in a frenzy,” said one Democratic source on the panel.';
    expect(quoteWithText(run(text), 'Republicans are in a frenzy,')).toMatchObject({ speaker: { text: 'one Democratic source' } });
  });

  it('reads a capitalised cue word as part of a name', () => {
    const text = 'Intro line.\n\nThe nonpartisan Commission on Presidential Debates says there was indeed a problem with the microphone.';
    expect(quoteWithText(run(text), 'there was indeed a problem with the microphone')).toMatchObject({ cue: { text: 'says' } });
  });
});

describe('extractQuotes: what follows the cue', () => {
  it('takes an infinitive after a stance verb as what was said', () => {
    const quotes = run('Intro line.\n\nTrump wants to junk personal exemptions. The Trump campaign did not immediately respond to requests for comment.');
    expect(quoteWithText(quotes, 'to junk personal exemptions')).toMatchObject({ speakerCanonical: 'Donald Trump', cue: { text: 'wants' } });
    expect(quoteWithText(quotes, 'to requests for comment')).toMatchObject({ speaker: { text: 'The Trump campaign' } });
  });

  it('does not take "to" after "said" as what was said', () => {
    expect(run('Intro line.\n\nThe senator said to reporters on Friday.')).toEqual([]);
  });

  it('finds the that-clause after an aside with commas', () => {
    const text = 'Intro line.\n\nTrump says at a campaign stop in Toledo, Ohio, that the plan means lower taxes.';
    expect(quoteWithText(run(text), 'the plan means lower taxes')).toMatchObject({ speakerCanonical: 'Donald Trump' });
  });

  it('does not read "said" followed by a noun that is also a cue as a noun', () => {
    const text = 'Intro line.\n\nTrump said praise from Russian President Vladimir Putin would not affect his policy.';
    expect(quoteWithText(run(text), 'praise from Russian President Vladimir Putin would not affect his policy')).toMatchObject({ cue: { text: 'said' } });
  });

  it('does not take a participle that works as a preposition as a cue', () => {
    expect(run('Intro line.\n\nBelarus faces sanctions and other actions relating to the Ukraine conflict.')).toEqual([]);
  });
});

describe('extractQuotes: quotes around the attribution', () => {
  it('gives the quote in the next paragraph to "X continued:"', () => {
    const text = 'Intro line.\n\nCaddell continued:\n\n"The health issue overall is very much a partisan issue."';
    expect(quoteWithText(run(text), 'The health issue overall is very much a partisan issue.')).toMatchObject({ kind: 'direct', speaker: { text: 'Caddell' }, cue: { text: 'continued' } });
    expect(run('Intro line.\n\nPrices continued to rise in the third quarter.')).toEqual([]);
  });

  it('resumes a quote after a place name with dots', () => {
    const text = 'Intro line.\n\n"I think Lester Holt will be very fair," Trump said during a rally in Kenansville, N.C., "but a lot of people are going to be watching."';
    expect(quoteWithText(run(text), 'but a lot of people are going to be watching.')).toMatchObject({ kind: 'direct', speakerCanonical: 'Donald Trump' });
  });

  it('reads a stance reported by a later speaker as one statement', () => {
    const text = 'Intro line.\n\nMinsk considers Russia to be a strategic partner, Belarusian President Alexander Lukashenko stated at a news conference.';
    expect(run(text).map((q) => [q.text, q.cue?.text])).toEqual([['Minsk considers Russia to be a strategic partner', 'stated']]);
  });

  it('does not give a stance to "which" or a title-case infinitive', () => {
    expect(run('Intro line.\n\nBritish authorities took the photos, which were intended to cause damage.')).toEqual([]);
    expect(run('Russia Threatens To Respond To U.S. Pressure On RT\n\nBody.')).toEqual([]);
  });
});
