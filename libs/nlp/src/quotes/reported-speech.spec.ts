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

describe('extractQuotes: "as X put it" and stance adjectives', () => {
  it('takes the content before "…, as X put it"', () => {
    const text = 'Intro line.\n\nThe primary requirement for the program is a lawful source of investment income, as a Homeland Security memo put it.';
    expect(quoteWithText(run(text), 'The primary requirement for the program is a lawful source of investment income')).toMatchObject({ speaker: { text: 'a Homeland Security memo' }, cue: { text: 'put it' } });
  });

  it('takes the content after a leading "As X observed,"', () => {
    const text = 'Intro line.\n\nYet, as Mr. Holtz-Eakin observed, a trade war would hurt both countries.';
    expect(quoteWithText(run(text), 'a trade war would hurt both countries')).toMatchObject({ speakerCanonical: 'Douglas Holtz-Eakin' });
  });

  it('reads a copula and a stance adjective as a cue', () => {
    const text = "Intro line.\n\nMany Democrats are afraid that Mrs. Clinton's large edge may be undercut by apathy.";
    expect(quoteWithText(run(text), "Mrs. Clinton's large edge may be undercut by apathy")).toMatchObject({ speaker: { text: 'Many Democrats' }, cue: { text: 'are afraid' } });
  });

  it('does not take a relative "that" past a verb of the content for the content’s start', () => {
    const text = "Intro line.\n\nO'Neill said officials are in possession of video that shows the explosion.";
    expect(quoteWithText(run(text), 'officials are in possession of video that shows the explosion')).toMatchObject({ cue: { text: 'said' } });
  });
});

describe('extractQuotes: phrasal cues', () => {
  it('takes the object after a preposition the cue governs', () => {
    expect(quoteWithText(run('Intro line.\n\nTrump has also commented on Crutcher’s death.'), 'Crutcher’s death')).toMatchObject({ speaker: { text: 'Trump' } });
    expect(quoteWithText(run('Intro line.\n\nLike President Obama, I believe in the good sense of the American people.'), 'the good sense of the American people')).toMatchObject({ speaker: { text: 'I' } });
  });

  it('reads "made it clear", "weighed in" and "voted" as cues', () => {
    expect(quoteWithText(run('Intro line.\n\nHam made it clear he had major misgivings about the armed forces.'), 'he had major misgivings about the armed forces')).toMatchObject({ cue: { text: 'made it clear' } });
    expect(quoteWithText(run('Intro line.\n\nOther officials weighed in Friday about whether the video should be released.'), 'whether the video should be released')).toMatchObject({ cue: { text: 'weighed in' } });
    expect(quoteWithText(run('Intro line.\n\nA House panel voted Thursday to hold Bryan Pagliano in contempt of Congress.'), 'to hold Bryan Pagliano in contempt of Congress')).toMatchObject({ speaker: { text: 'A House panel' } });
  });

  it('reads every inflection of a shouting verb', () => {
    const text = 'Intro line.\n\n"Did you shoot him?" she yells while moving along the road.';
    expect(quoteWithText(run(text), 'Did you shoot him?')).toMatchObject({ speaker: { text: 'she' }, cue: { text: 'yells' } });
  });

  it('does not report a listener as what was told', () => {
    expect(run('Intro line.\n\nSanders told Morning Joe on Monday.')).toEqual([]);
    const text = '"Look, it\'s a phony system," Trump told Bill O\'Reilly of Fox News this week.';
    expect(quoteWithText(run(`Intro line.\n\n${text}`), "Look, it's a phony system,")).toMatchObject({ speaker: { text: 'Trump' } });
  });
});

describe('extractQuotes: relative and participial attributions', () => {
  it('takes the relative pronoun before the speaker for what was said', () => {
    const text = "Intro line.\n\nThat was what Liz Wahl said when she resigned from the network.";
    expect(quoteWithText(run(text), 'what')).toMatchObject({ speaker: { text: 'Liz Wahl' } });
    expect(run('Intro line.\n\nThe gap between what we expect from Clinton and what we expect from Trump is vast.').some((q) => q.text === 'what')).toBe(false);
  });

  it('gives a participle opening the sentence the subject after its comma', () => {
    const text = 'Intro line.\n\nClaiming the criticism of Lauer is designed to pressure debate moderators, Trump told Fox that they hit Matt very hard.';
    expect(quoteWithText(run(text), 'the criticism of Lauer is designed to pressure debate moderators')).toMatchObject({ speaker: { text: 'Trump' }, cue: { text: 'Claiming' } });
    expect(run('Intro line.\n\nSpeaking at a rally in Novi, Trump said the deal was dead.').some((q) => q.text.includes('Novi'))).toBe(false);
  });

  it('reads an -s cue after a body that speaks as its verb', () => {
    expect(quoteWithText(run("Flight attendants' union endorses Clinton.\n\nBody."), 'Clinton')).toMatchObject({ speaker: { text: "Flight attendants' union" } });
    expect(quoteWithText(run('Former DNC chairman calls for Clinton contingency plan.\n\nBody.'), 'Clinton contingency plan')).toMatchObject({ speaker: { text: 'Former DNC chairman' } });
  });
});

describe('extractQuotes: sources that cover a whole sentence', () => {
  it('gives "…, according to X" the stance before it', () => {
    const text = 'Intro line.\n\nSome average Americans would actually see their taxes go up under Trump’s plan, according to an analysis by Lily Batchelder.';
    expect(quoteWithText(run(text), 'Some average Americans would actually see their taxes go up under Trump’s plan')).toMatchObject({ speaker: { text: 'an analysis by Lily Batchelder' } });
  });

  it('takes "…, said X" after a sentence with a nominal cue and a clause joined by "and"', () => {
    const text = "Intro line.\n\nKadzik's refusal to answer fully did not go over well with Republicans, and the meeting deteriorated from there, said one GOP source in the room.";
    expect(run(text).find((q) => q.cue?.text === 'said')).toMatchObject({ speaker: { text: 'one GOP source' } });
    expect(run(text).find((q) => q.cue?.text === 'said')?.text.startsWith("Kadzik's refusal")).toBe(true);
  });

  it('reads an impersonal stance with no source', () => {
    const text = 'Intro line.\n\nBut it was unclear whether the judges would rule that the mines posed the same threat.';
    expect(run(text)[0]).toMatchObject({ speaker: null, cue: { text: 'it was unclear' } });
  });

  it('reads "when" after a negated or question cue as the start of what was (not) said', () => {
    const text = 'Intro line.\n\nLawmakers have not said when they would take up the reauthorization.';
    expect(quoteWithText(run(text), 'when they would take up the reauthorization')).toMatchObject({ speaker: { text: 'Lawmakers' } });
    expect(run('Intro line.\n\nHe said when he arrived.')).toEqual([]);
  });

  it('reads the question of a leading "Asked about …," with no source, and keeps the answer the speaker’s', () => {
    const text = "Intro line.\n\nAsked about Trump's declaration that it had been a bomb, Clinton said, “I think it’s important to know the facts.”";
    const quotes = run(text);
    expect(quoteWithText(quotes, "Trump's declaration that it had been a bomb")).toMatchObject({ speaker: null });
    expect(quoteWithText(quotes, 'I think it’s important to know the facts.')).toMatchObject({ speaker: { text: 'Clinton' } });
  });
});

