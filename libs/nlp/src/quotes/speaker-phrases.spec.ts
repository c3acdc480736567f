import { extractorWith, quoteWithText } from './test-helpers';

const PEOPLE = {
  Trump: ['PERSON', 'Donald Trump'],
  'Abby Martin': ['PERSON', 'Abby Martin'],
  'Vladimir Putin': ['PERSON', 'Vladimir Putin'],
} as const;

const run = extractorWith(PEOPLE);

describe('extractQuotes: subjects the speaker walk reaches', () => {
  it('passes over a verb that takes the cue as its infinitive', () => {
    const text = 'Intro line.\n\nTrump appeared to suggest that veterans who suffer from PTSD are not as strong as others.';
    expect(quoteWithText(run(text), 'veterans who suffer from PTSD are not as strong as others')).toMatchObject({ speaker: { text: 'Trump' } });
  });

  it('reads an -s cue after an adverb as the verb of the name before it', () => {
    const text = 'Intro line.\n\nTrump openly admires Russian President Vladimir Putin.';
    expect(quoteWithText(run(text), 'Russian President Vladimir Putin')).toMatchObject({ speaker: { text: 'Trump' }, cue: { text: 'admires' } });
  });

  it('reads an -s cue with an object of its own as the verb of a plain noun subject', () => {
    const text = 'Intro line.\n\nThe woman disputes the idea that she needed to be hospitalized in the first place.';
    expect(run(text)[0]).toMatchObject({ speaker: { text: 'The woman' }, cue: { text: 'disputes' } });
  });

  it('keeps a noun-shaped cue word inside the subject', () => {
    const text = "Intro line.\n\nThe appeals court ruled that Ohio's practices could unjustifiably remove some eligible voters.";
    expect(quoteWithText(run(text), "Ohio's practices could unjustifiably remove some eligible voters")).toMatchObject({ speaker: { text: 'The appeals court' } });
  });

  it('takes a share of a poll for a subject', () => {
    const text = 'Intro line.\n\nAmong likely voters, 46 percent would choose Clinton and 44 percent would back Trump.';
    expect(quoteWithText(run(text), 'Trump')).toMatchObject({ speaker: { text: '44 percent' }, cue: { text: 'back' } });
  });

  it('takes an appositive that stands before the auxiliaries', () => {
    const text = 'Intro line.\n\nAnother RT America host, Abby Martin, had previously denounced the annexation in an on-air diatribe.';
    expect(quoteWithText(run(text), 'the annexation in an on-air diatribe')).toMatchObject({ speaker: { text: 'Another RT America host, Abby Martin' } });
  });

  it('does not take a capitalised cue word inside a name for a cue', () => {
    const text = 'Intro line.\n\nDonna Brazile, a two-decade veteran of the DNC Rules Committee, will chair the meeting.';
    expect(run(text)).toEqual([]);
  });

  it('reads an -s cue after a determiner’s noun as a verb when a name follows', () => {
    const text = 'Intro line.\n\nThe ad also mentions Percy Walton, whose sentence Kaine commuted.';
    expect(run(text)[0]).toMatchObject({ speaker: { text: 'The ad' }, cue: { text: 'mentions' } });
  });

  it('takes a quantifier for the subject of a past-tense cue', () => {
    const text = "Intro line.\n\nTo varying degrees, all agreed that Mrs. Clinton's proposal would increase taxes on the rich.";
    expect(quoteWithText(run(text), "Mrs. Clinton's proposal would increase taxes on the rich")).toMatchObject({ speaker: { text: 'all' } });
  });

  it('takes a bare collective noun for a speaker', () => {
    const text = 'Intro line.\n\nIt also does not answer whether Scott had a gun, as police have said.';
    expect(quoteWithText(run(text), 'It also does not answer whether Scott had a gun')).toMatchObject({ speaker: { text: 'police' } });
  });

  it('drops a sentence adverb from the front of a name', () => {
    const text = 'Intro line.\n\nMeanwhile Trump said the deal was dead.';
    expect(quoteWithText(run(text), 'the deal was dead')).toMatchObject({ speaker: { text: 'Trump' } });
  });

  it('keeps a cue word that modifies the noun after it inside a title', () => {
    const text = 'Intro line.\n\n“We have seen a sustained commitment to tearing down that law,” White House press secretary Josh Earnest said at a briefing Monday.';
    expect(quoteWithText(run(text), 'We have seen a sustained commitment to tearing down that law,')).toMatchObject({ speaker: { text: 'White House press secretary Josh Earnest' } });
  });

  it('reads an -s cue word before an auxiliary as the subject noun', () => {
    const text = 'Intro line.\n\nRepublican claims were rated false more often than Democratic ones.';
    expect(run(text)).toEqual([]);
  });
});

