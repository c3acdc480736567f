import { extractorWith, quoteEndingWith, quoteWithText } from './test-helpers';

const PEOPLE = {
  Ruiz: ['PERSON', 'Elena Ruiz'],
  'Mr. Albers': ['PERSON', 'Walter Albers'],
  Ledger: ['ORG', 'The Ledger'],
} as const;

const run = extractorWith(PEOPLE);

describe('extractQuotes: "according to" with any source', () => {
  it('takes a lower-case or long source after the content', () => {
    const text = 'Intro line.\n\nAbout 4.2 million retired farmers with small pensions live in the rural counties, according to state records.';
    expect(quoteWithText(run(text), 'About 4.2 million retired farmers with small pensions live in the rural counties')).toMatchObject({ cue: { text: 'according to' }, speaker: { text: 'state records' } });
  });

  it('keeps the whole account after a leading "According to X," with a clause of its own', () => {
    const text = 'Intro line.\n\nAccording to the Ledger, inspectors saw the crane tip over and then they closed the pier.';
    expect(quoteWithText(run(text), 'inspectors saw the crane tip over and then they closed the pier')).toMatchObject({ speaker: { text: 'the Ledger' } });
  });

  it('takes the content after a leading "According to X,"', () => {
    const text = 'Intro line.\n\nAccording to a recent story by the Ledger, union organizers are trying to register workers in Nevada.';
    expect(quoteWithText(run(text), 'union organizers are trying to register workers in Nevada')).toMatchObject({ speaker: { text: 'a recent story by the Ledger' } });
  });
});

describe('extractQuotes: sentence ends', () => {
  it('starts a sentence at a doubled-single opening mark and keeps the speaker for it', () => {
    const text = "Intro line.\n\n''I have respect for the engineers,'' Mr. Albers said. ''But I have real doubts about the budget.''";
    expect(quoteEndingWith(run(text), 'But I have real doubts about the budget.')).toMatchObject({ kind: 'direct', speakerCanonical: 'Walter Albers' });
  });

  it('ends a sentence after a decade such as "1970s."', () => {
    const text = 'Intro line.\n\n"It was a bargain," said Helen Marsh, who has worked on pension cases since the 1980s. "This firm has dumped its debts."';
    expect(quoteEndingWith(run(text), 'This firm has dumped its debts.')).toMatchObject({ kind: 'direct', speaker: { text: 'Helen Marsh' } });
  });
});

describe('extractQuotes: possessive nouns', () => {
  it('reads "Ruiz’s plan" as a noun but "Ruiz’s claim that …" as reported', () => {
    expect(run('Intro line.\n\nUnder Ruiz’s plan fees would fall for the smallest firms.')).toEqual([]);
    const text = 'Intro line.\n\nFact checkers examined Ruiz’s claim that there were hundreds of burglaries in Dayton.';
    expect(quoteWithText(run(text), 'there were hundreds of burglaries in Dayton')).toMatchObject({ speaker: { text: 'Ruiz’s' } });
  });
});

describe('extractQuotes: subjects the speaker walk misses', () => {
  it('takes the name that opens a clause with a long appositive', () => {
    const text = 'Intro line.\n\nMarta Olsen, a Denver-based builder and spokeswoman for the Rural Housing Alliance, which is made up of lenders and builders, said many of the critics failed to note the program helped small towns.';
    expect(quoteWithText(run(text), 'many of the critics failed to note the program helped small towns')).toMatchObject({ speaker: { text: 'Marta Olsen' }, cue: { text: 'said' } });
  });

  it('takes a quote before a name with its appositive', () => {
    const text = 'Intro line.\n\n“It’s an intrusion on the local zoning power,” Carl Dunmore, the Democratic attorney general of Vermont, one of six states suing the agency, said at a Boston event this week.';
    expect(quoteWithText(run(text), 'It’s an intrusion on the local zoning power,')).toMatchObject({ kind: 'direct', speaker: { text: 'Carl Dunmore' } });
  });

  it('takes a subject with prepositions, numbers or no capital for an unmistakable cue', () => {
    const quotes = run('Intro line.\n\nSpecialists on Iran and missile defense said the newest launch could alter that. However, 41 percent said the pause was reasonable.');
    expect(quoteWithText(quotes, 'the newest launch could alter that')).toMatchObject({ speaker: { text: 'Specialists on Iran and missile defense' } });
    expect(quoteWithText(quotes, 'the pause was reasonable')).toMatchObject({ speaker: { text: '41 percent' } });
  });

  it('keeps a speaker after the cue that goes on with a modifier', () => {
    const text = 'Intro line.\n\n“The caucus is in a panic,” said one Republican aide on the committee.';
    expect(quoteWithText(run(text), 'The caucus is in a panic,')).toMatchObject({ speaker: { text: 'one Republican aide' } });
  });

  it('reads a capitalised cue word as part of a name', () => {
    const text = 'Intro line.\n\nThe independent Office of Budget Reports says there was indeed a gap in the forecast.';
    expect(quoteWithText(run(text), 'there was indeed a gap in the forecast')).toMatchObject({ cue: { text: 'says' } });
  });
});

describe('extractQuotes: what follows the cue', () => {
  it('takes an infinitive after a stance verb as what was said', () => {
    const quotes = run('Intro line.\n\nRuiz wants to scrap mortgage deductions. The Ruiz campaign did not promptly respond to emails seeking comment.');
    expect(quoteWithText(quotes, 'to scrap mortgage deductions')).toMatchObject({ speakerCanonical: 'Elena Ruiz', cue: { text: 'wants' } });
    expect(quoteWithText(quotes, 'to emails seeking comment')).toMatchObject({ speaker: { text: 'The Ruiz campaign' } });
  });

  it('does not take "to" after "said" as what was said', () => {
    expect(run('Intro line.\n\nThe senator said to reporters on Friday.')).toEqual([]);
  });

  it('finds the that-clause after an aside with commas', () => {
    const text = 'Intro line.\n\nRuiz says at a town hall in Dayton, Ohio, that the bill means cheaper insulin.';
    expect(quoteWithText(run(text), 'the bill means cheaper insulin')).toMatchObject({ speakerCanonical: 'Elena Ruiz' });
  });

  it('does not read "said" followed by a noun that is also a cue as a noun', () => {
    const text = 'Intro line.\n\nRuiz said praise from Chinese President Xi Jinping would not change her stance.';
    expect(quoteWithText(run(text), 'praise from Chinese President Xi Jinping would not change her stance')).toMatchObject({ cue: { text: 'said' } });
  });

  it('does not take a participle that works as a preposition as a cue', () => {
    expect(run('Intro line.\n\nBelarus faces sanctions and other actions relating to the Ukraine conflict.')).toEqual([]);
  });
});

describe('extractQuotes: quotes around the attribution', () => {
  it('gives the quote in the next paragraph to "X continued:"', () => {
    const text = 'Intro line.\n\nHartley continued:\n\n"The housing question overall is very much a regional question."';
    expect(quoteWithText(run(text), 'The housing question overall is very much a regional question.')).toMatchObject({ kind: 'direct', speaker: { text: 'Hartley' }, cue: { text: 'continued' } });
    expect(run('Intro line.\n\nPrices continued to rise in the third quarter.')).toEqual([]);
  });

  it('resumes a quote after a place name with dots', () => {
    const text = 'Intro line.\n\n"I think the moderator will be very balanced," Ruiz said during a stop in Greenville, S.C., "but plenty of voters are going to be listening."';
    expect(quoteEndingWith(run(text), 'but plenty of voters are going to be listening.')).toMatchObject({ kind: 'direct', speakerCanonical: 'Elena Ruiz' });
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
    const text = 'Intro line.\n\nThe main condition for the grant is a verified record of local residence, as an Energy Department bulletin put it.';
    expect(quoteWithText(run(text), 'The main condition for the grant is a verified record of local residence')).toMatchObject({ speaker: { text: 'an Energy Department bulletin' }, cue: { text: 'put it' } });
  });

  it('takes the content after a leading "As X observed,"', () => {
    const text = 'Intro line.\n\nYet, as Mr. Albers observed, a price war would hurt both airlines.';
    expect(quoteWithText(run(text), 'a price war would hurt both airlines')).toMatchObject({ speakerCanonical: 'Walter Albers' });
  });

  it('takes the content after "As X observed" with a venue or time before the comma, not after a topic', () => {
    const quotes = run('Intro line.\n\nAs Mr. Albers observed in his 2019 memo, a price war would hurt both airlines. As Ruiz talked about fares, the chief left.');
    expect(quoteWithText(quotes, 'a price war would hurt both airlines')).toMatchObject({ speakerCanonical: 'Walter Albers' });
    expect(quotes.some((q) => q.text === 'the chief left')).toBe(false);
  });

  it('reads a copula and a stance adjective as a cue', () => {
    const text = "Intro line.\n\nMany Republicans are afraid that Mr. Ortega's narrow lead may be erased by turnout.";
    expect(quoteWithText(run(text), "Mr. Ortega's narrow lead may be erased by turnout")).toMatchObject({ speaker: { text: 'Many Republicans' }, cue: { text: 'are afraid' } });
  });

  it('does not take a relative "that" past a verb of the content for the content’s start', () => {
    const text = "Intro line.\n\nKeller said investigators are in possession of footage that shows the collision.";
    expect(quoteWithText(run(text), 'investigators are in possession of footage that shows the collision')).toMatchObject({ cue: { text: 'said' } });
  });
});

describe('extractQuotes: phrasal cues', () => {
  it('takes the object after a preposition the cue governs', () => {
    expect(quoteWithText(run('Intro line.\n\nRuiz has also commented on Whitfield’s arrest.'), 'Whitfield’s arrest')).toMatchObject({ speaker: { text: 'Ruiz' } });
    expect(quoteWithText(run('Intro line.\n\nLike Governor Hale, I believe in the quiet strength of the local community.'), 'the quiet strength of the local community')).toMatchObject({ speaker: { text: 'I' } });
  });

  it('reads "made it clear", "weighed in" and "voted" as cues', () => {
    expect(quoteWithText(run('Intro line.\n\nDunn made it clear he had serious doubts about the merger plan.'), 'he had serious doubts about the merger plan')).toMatchObject({ cue: { text: 'made it clear' } });
    expect(quoteWithText(run('Intro line.\n\nOther lawmakers weighed in Monday about whether the report should be published.'), 'whether the report should be published')).toMatchObject({ cue: { text: 'weighed in' } });
    expect(quoteWithText(run('Intro line.\n\nA Senate committee voted Tuesday to hold Mark Steiner in contempt of Congress.'), 'to hold Mark Steiner in contempt of Congress')).toMatchObject({ speaker: { text: 'A Senate committee' } });
  });

  it('reads every inflection of a shouting verb', () => {
    const text = 'Intro line.\n\n"Did you see him?" she yells while running along the street.';
    expect(quoteWithText(run(text), 'Did you see him?')).toMatchObject({ speaker: { text: 'she' }, cue: { text: 'yells' } });
  });

  it('does not report a listener as what was told', () => {
    expect(run('Intro line.\n\nHale told Good Morning Ohio on Monday.')).toEqual([]);
    const text = '"Look, it\'s a broken process," Ruiz told Dana Pruett of Channel 9 News this week.';
    expect(quoteWithText(run(`Intro line.\n\n${text}`), "Look, it's a broken process,")).toMatchObject({ speaker: { text: 'Ruiz' } });
  });
});

describe('extractQuotes: relative and participial attributions', () => {
  it('takes the relative pronoun before the speaker for what was said', () => {
    const text = "Intro line.\n\nThat was what Nora Lind said when she left the newspaper.";
    expect(quoteWithText(run(text), 'what')).toMatchObject({ speaker: { text: 'Nora Lind' } });
    expect(run('Intro line.\n\nThe gap between what we ask of teachers and what we ask of parents is vast.').some((q) => q.text === 'what')).toBe(false);
  });

  it('gives a participle opening the sentence the subject after its comma', () => {
    const text = 'Intro line.\n\nClaiming the coverage of Hale is meant to sway undecided voters, Ruiz told reporters that they treated him very unfairly.';
    expect(quoteWithText(run(text), 'the coverage of Hale is meant to sway undecided voters')).toMatchObject({ speaker: { text: 'Ruiz' }, cue: { text: 'Claiming' } });
    expect(run('Intro line.\n\nSpeaking at a fair in Ames, Ruiz said the deal was dead.').some((q) => q.text.includes('Ames'))).toBe(false);
  });

  it('reads an -s cue after a body that speaks as its verb', () => {
    expect(quoteWithText(run("Nurses' union endorses Ortega.\n\nBody."), 'Ortega')).toMatchObject({ speaker: { text: "Nurses' union" } });
    expect(quoteWithText(run('Former RNC chairwoman calls for Ortega backup plan.\n\nBody.'), 'Ortega backup plan')).toMatchObject({ speaker: { text: 'Former RNC chairwoman' } });
  });
});

describe('extractQuotes: sources that cover a whole sentence', () => {
  it('gives "…, according to X" the stance before it', () => {
    const text = 'Intro line.\n\nSome middle-income renters would actually see their costs go up under Ruiz’s bill, according to a study by Owen Marsh.';
    expect(quoteWithText(run(text), 'Some middle-income renters would actually see their costs go up under Ruiz’s bill')).toMatchObject({ speaker: { text: 'a study by Owen Marsh' } });
  });

  it('takes "…, said X" after a sentence with a nominal cue and a clause joined by "and"', () => {
    const text = "Intro line.\n\nVarga's refusal to testify openly did not sit well with Democrats, and the hearing went downhill from there, said one Democratic aide in the chamber.";
    expect(run(text).find((q) => q.cue?.text === 'said')).toMatchObject({ speaker: { text: 'one Democratic aide' } });
    expect(run(text).find((q) => q.cue?.text === 'said')?.text.startsWith("Varga's refusal")).toBe(true);
  });

  it('reads an impersonal stance with no source', () => {
    const text = 'Intro line.\n\nBut it was unclear whether the regulators would find that the plants posed the same risk.';
    expect(run(text)[0]).toMatchObject({ speaker: null, cue: { text: 'it was unclear' } });
  });

  it('reads "when" after a negated or question cue as the start of what was (not) said', () => {
    const text = 'Intro line.\n\nOfficials have not said when they might vote on the budget.';
    expect(quoteWithText(run(text), 'when they might vote on the budget')).toMatchObject({ speaker: { text: 'Officials' } });
    expect(run('Intro line.\n\nHe said when he arrived.')).toEqual([]);
  });

  it('reads the question of a leading "Asked about …," with no source, and keeps the answer the speaker’s', () => {
    const text = "Intro line.\n\nAsked about Ruiz's declaration that the fire had been arson, Ortega said, “I think we should wait for the full report.”";
    const quotes = run(text);
    expect(quoteWithText(quotes, "Ruiz's declaration that the fire had been arson")).toMatchObject({ speaker: null });
    expect(quoteWithText(quotes, 'I think we should wait for the full report.')).toMatchObject({ speaker: { text: 'Ortega' } });
  });
});


describe('extractQuotes: the topic after "said of"', () => {
  it('takes the quote before the speaker and not the "of" phrase', () => {
    const text = "Intro line.\n\n''It will pay for itself within a decade,'' Mr. Albers said of the harbor tunnel.";
    const quotes = run(text);
    expect(quoteWithText(quotes, 'It will pay for itself within a decade,')).toMatchObject({ speakerCanonical: 'Walter Albers' });
    expect(quotes.some((q) => q.text.includes('harbor tunnel'))).toBe(false);
  });
});
