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
