import { extractorWith, quoteWithText } from './test-helpers';

const PEOPLE = {
  Scott: ['PERSON', 'Bobby Scott'],
  'Mr. Obama': ['PERSON', 'Barack Obama'],
  Clinton: ['PERSON', 'Hillary Clinton'],
} as const;

const run = extractorWith(PEOPLE);

describe('extractQuotes: cues that share the subject of an earlier verb', () => {
  it('gives a cue after "and" the name the sentence opens with', () => {
    const text = 'Intro line.\n\nScott beamed and asked the crowd to welcome the governor.';
    expect(quoteWithText(run(text), 'the crowd to welcome the governor')).toMatchObject({ speaker: { text: 'Scott' }, cue: { text: 'asked' } });
  });

  it('gives it an opening pronoun too', () => {
    const text = 'Intro line.\n\nHe has promoted a raft of unproven therapies and downplayed the risk of concussions for kids.';
    expect(quoteWithText(run(text), 'the risk of concussions for kids')).toMatchObject({ speaker: { text: 'He' } });
  });

  it('leaves the sentence’s conjunction out of the name', () => {
    const text = 'Intro line.\n\nBut Scott smiled and invoked the memory of John F. Kennedy.';
    expect(quoteWithText(run(text), 'the memory of John F. Kennedy')).toMatchObject({ speaker: { text: 'Scott' } });
  });

  it('does not take a time phrase for a subject', () => {
    expect(run('Intro line.\n\nIn March the council met and discussed the plan for the city.')).toEqual([]);
  });
});

describe('extractQuotes: -s cues before an infinitive and indefinite speakers', () => {
  it('reads "plans to" after a noun phrase as a verb', () => {
    const text = 'Intro line.\n\nThe Clinton campaign plans to employ Mr. Obama as much as possible.';
    expect(quoteWithText(run(text), 'to employ Mr. Obama as much as possible')).toMatchObject({ speaker: { text: 'The Clinton campaign' } });
  });

  it('takes "someone" as a speaker', () => {
    const text = 'Intro line.\n\nThen someone asked how Clinton could inspire young people.';
    expect(quoteWithText(run(text), 'how Clinton could inspire young people')).toMatchObject({ speaker: { text: 'someone' } });
  });
});

describe('extractQuotes: a name after an opening phrase', () => {
  it('passes over "In a statement," and a lower-case description to the name', () => {
    const text = 'Intro line.\n\nIn a statement, one of the family’s attorneys, Justin Bamberg, said the video raised more questions than it answered.';
    expect(quoteWithText(run(text), 'the video raised more questions than it answered')).toMatchObject({ speaker: { text: 'Justin Bamberg' } });
  });

  it('gives a participle after a comma the subject the sentence opens with', () => {
    const text = 'Intro line.\n\nClinton chimed in on Twitter, saying that Charlotte officials should release the police videos.';
    expect(quoteWithText(run(text), 'Charlotte officials should release the police videos')).toMatchObject({ speaker: { text: 'Clinton' }, cue: { text: 'saying' } });
  });

  it('gives a cue after "and has" the previous cue’s speaker', () => {
    const text = 'Intro line.\n\nClinton has encouraged European nations to bolster defense spending and has said she will hold firm to U.S. commitments.';
    expect(quoteWithText(run(text), 'she will hold firm to U.S. commitments')).toMatchObject({ speaker: { text: 'Clinton' } });
  });

  it('reads the -ing form of a stance verb after a comma as a participle cue', () => {
    const text = 'Intro line.\n\nScott voted against the bill, fearing that it would create new mandatory minimum sentences.';
    expect(quoteWithText(run(text), 'it would create new mandatory minimum sentences')).toMatchObject({ speaker: { text: 'Scott' }, cue: { text: 'fearing' } });
  });
});

