import { extractorWith, itFindsSpeakers, quoteWithText } from './test-helpers';

const PEOPLE = {
  Ruiz: ['PERSON', 'Elena Ruiz'],
  'Nina Brandt': ['PERSON', 'Nina Brandt'],
  'Luis Mendes': ['PERSON', 'Luis Mendes'],
} as const;

const run = extractorWith(PEOPLE);

describe('extractQuotes: subjects the speaker walk reaches', () => {
  it('passes over a verb that takes the cue as its infinitive', () => {
    const text = 'Intro line.\n\nRuiz appeared to suggest that farmers who rely on subsidies are not as efficient as others.';
    expect(quoteWithText(run(text), 'farmers who rely on subsidies are not as efficient as others')).toMatchObject({ speaker: { text: 'Ruiz' } });
  });

  it('reads an -s cue after an adverb as the verb of the name before it', () => {
    const text = 'Intro line.\n\nRuiz openly admires Brazilian President Luis Mendes.';
    expect(quoteWithText(run(text), 'Brazilian President Luis Mendes')).toMatchObject({ speaker: { text: 'Ruiz' }, cue: { text: 'admires' } });
  });

  it('reads an -s cue with an object of its own as the verb of a plain noun subject', () => {
    const text = 'Intro line.\n\nThe driver disputes the idea that he had to be towed off the highway.';
    expect(run(text)[0]).toMatchObject({ speaker: { text: 'The driver' }, cue: { text: 'disputes' } });
  });

  it('takes a bare plural of up to three words for the speaker, after a conjunction', () => {
    const text = 'Intro line.\n\nThe club welcomed the decision, while oil industry groups warned that the new fees would hurt consumers.';
    expect(quoteWithText(run(text), 'that the new fees would hurt consumers')).toMatchObject({ speaker: { text: 'oil industry groups' }, cue: { text: 'warned' } });
    expect(run('Intro line.\n\nBut public health experts said the vaccine was safe.')[0]).toMatchObject({ speaker: { text: 'public health experts' }, text: 'the vaccine was safe' });
  });

  it('takes a lower-case description with the name in apposition after it, as in “…,” its officer, Name, said', () => {
    const text = 'Intro line.\n\n“Workers should not pay for mistakes,” its national officer, Luis Mendes, said in a statement.';
    expect(run(text)[0]).toMatchObject({ text: 'Workers should not pay for mistakes,', speaker: { text: 'its national officer, Luis Mendes' }, speakerCanonical: 'Luis Mendes' });
  });

  it('passes over an adverb set off by commas to the subject before it', () => {
    expect(run('Intro line.\n\nCritics, however, say the money comes too late.')[0]).toMatchObject({ speaker: { text: 'Critics' }, text: 'the money comes too late' });
    expect(run('Intro line.\n\nRuiz, meanwhile, said the plan would go ahead.')[0]).toMatchObject({ speaker: { text: 'Ruiz' }, speakerCanonical: 'Elena Ruiz' });
  });

  it('keeps a noun-shaped cue word inside the subject', () => {
    const text = "Intro line.\n\nThe appeals court ruled that Idaho's rules could wrongly exclude some qualified applicants.";
    expect(quoteWithText(run(text), "Idaho's rules could wrongly exclude some qualified applicants")).toMatchObject({ speaker: { text: 'The appeals court' } });
  });

  it('takes a share of a poll for a subject', () => {
    const text = 'Intro line.\n\nAmong registered voters, 51 percent would choose Ortega and 39 percent would back Ruiz.';
    expect(quoteWithText(run(text), 'Ruiz')).toMatchObject({ speaker: { text: '39 percent' }, cue: { text: 'back' } });
  });

  it('takes an appositive that stands before the auxiliaries', () => {
    const text = 'Intro line.\n\nAnother Metro News anchor, Nina Brandt, had earlier condemned the merger in a lengthy editorial.';
    expect(quoteWithText(run(text), 'the merger in a lengthy editorial')).toMatchObject({ speaker: { text: 'Another Metro News anchor, Nina Brandt' } });
  });

  it('does not take a capitalised cue word inside a name for a cue', () => {
    const text = 'Intro line.\n\nGail Porter, a longtime member of the RNC Rules Committee, will chair the session.';
    expect(run(text)).toEqual([]);
  });

  it('reads an -s cue after a determiner’s noun as a verb when a name follows', () => {
    const text = 'Intro line.\n\nThe ad also mentions Roy Dalton, whose sentence Hale commuted.';
    expect(run(text)[0]).toMatchObject({ speaker: { text: 'The ad' }, cue: { text: 'mentions' } });
  });

  it('takes a quantifier for the subject of a past-tense cue', () => {
    const text = "Intro line.\n\nTo different extents, all agreed that Mr. Varga's budget would raise fees on the poor.";
    expect(quoteWithText(run(text), "Mr. Varga's budget would raise fees on the poor")).toMatchObject({ speaker: { text: 'all' } });
  });

  it('takes a bare collective noun for a speaker', () => {
    const text = 'Intro line.\n\nIt also does not answer whether Dalton carried a knife, as police have said.';
    expect(quoteWithText(run(text), 'It also does not answer whether Dalton carried a knife')).toMatchObject({ speaker: { text: 'police' } });
  });

  it('drops a sentence adverb from the front of a name', () => {
    const text = 'Intro line.\n\nMeanwhile Ruiz said the deal was dead.';
    expect(quoteWithText(run(text), 'the deal was dead')).toMatchObject({ speaker: { text: 'Ruiz' } });
  });

  it('keeps a cue word that modifies the noun after it inside a title', () => {
    const text = 'Intro line.\n\n“We have seen a steady effort to weaken that program,” White House press secretary Paul Brennan said at a briefing Tuesday.';
    expect(quoteWithText(run(text), 'We have seen a steady effort to weaken that program,')).toMatchObject({ speaker: { text: 'White House press secretary Paul Brennan' } });
  });

  it('reads an -s cue word before an auxiliary as the subject noun', () => {
    const text = 'Intro line.\n\nRepublican claims were rated false more often than Democratic ones.';
    expect(run(text)).toEqual([]);
  });
});


describe('extractQuotes: a noun-like cue word heading the subject', () => {
  itFindsSpeakers('keeps the noun %s', run, [
    ['after a name, before the cue', '"Harbor traffic will recover by spring," the Port Authority report stated.', 'Harbor traffic will recover by spring,', 'the Port Authority report'],
  ]);
});

describe('extractQuotes: a speaker after the cue opened by a number', () => {
  itFindsSpeakers('takes %s before the name', run, [
    ['a date', '“The levy is unfair,” said 9/11 volunteer Dana Whitfield.', 'The levy is unfair,', '9/11 volunteer Dana Whitfield'],
    ['an age', '“The levy is unfair,” said 32-year-old Dana Whitfield.', 'The levy is unfair,', '32-year-old Dana Whitfield'],
  ]);
});
