import { extractorWith, quoteWithText } from './test-helpers';

const PEOPLE = {
  Varga: ['PERSON', 'Tomas Varga'],
  'Mr. Hale': ['PERSON', 'Daniel Hale'],
  Ortega: ['PERSON', 'Lucia Ortega'],
} as const;

const run = extractorWith(PEOPLE);

describe('extractQuotes: cues that share the subject of an earlier verb', () => {
  it('gives a cue after "and" the name the sentence opens with', () => {
    const text = 'Intro line.\n\nVarga grinned and asked the audience to greet the mayor.';
    expect(quoteWithText(run(text), 'the audience to greet the mayor')).toMatchObject({ speaker: { text: 'Varga' }, cue: { text: 'asked' } });
  });

  it('gives it an opening pronoun too', () => {
    const text = 'Intro line.\n\nHe has promoted a range of untested diets and downplayed the danger of injuries for athletes.';
    expect(quoteWithText(run(text), 'the danger of injuries for athletes')).toMatchObject({ speaker: { text: 'He' } });
  });

  it('leaves the sentence’s conjunction out of the name', () => {
    const text = 'Intro line.\n\nBut Varga smiled and invoked the memory of Franklin D. Roosevelt.';
    expect(quoteWithText(run(text), 'the memory of Franklin D. Roosevelt')).toMatchObject({ speaker: { text: 'Varga' } });
  });

  it('does not take a time phrase for a subject', () => {
    expect(run('Intro line.\n\nIn March the council met and discussed the plan for the city.')).toEqual([]);
  });
});

describe('extractQuotes: -s cues before an infinitive and indefinite speakers', () => {
  it('reads "plans to" after a noun phrase as a verb', () => {
    const text = 'Intro line.\n\nThe Ortega campaign plans to deploy Mr. Hale as often as it can.';
    expect(quoteWithText(run(text), 'to deploy Mr. Hale as often as it can')).toMatchObject({ speaker: { text: 'The Ortega campaign' } });
  });

  it('takes "someone" as a speaker', () => {
    const text = 'Intro line.\n\nThen someone asked how Ortega could win over older voters.';
    expect(quoteWithText(run(text), 'how Ortega could win over older voters')).toMatchObject({ speaker: { text: 'someone' } });
  });
});

describe('extractQuotes: a name after an opening phrase', () => {
  it('passes over "In a statement," and a lower-case description to the name', () => {
    const text = 'Intro line.\n\nIn a statement, one of the firm’s lawyers, Ray Collins, said the footage raised more doubts than it resolved.';
    expect(quoteWithText(run(text), 'the footage raised more doubts than it resolved')).toMatchObject({ speaker: { text: 'Ray Collins' } });
  });

  it('gives a participle after a comma the subject the sentence opens with', () => {
    const text = 'Intro line.\n\nOrtega chimed in on Facebook, saying that county officials should publish the inspection reports.';
    expect(quoteWithText(run(text), 'county officials should publish the inspection reports')).toMatchObject({ speaker: { text: 'Ortega' }, cue: { text: 'saying' } });
  });

  it('gives a cue after "and has" the previous cue’s speaker', () => {
    const text = 'Intro line.\n\nOrtega has encouraged Gulf nations to raise energy output and has said she will stay firm on climate commitments.';
    expect(quoteWithText(run(text), 'she will stay firm on climate commitments')).toMatchObject({ speaker: { text: 'Ortega' } });
  });

  it('reads the -ing form of a stance verb after a comma as a participle cue', () => {
    const text = 'Intro line.\n\nVarga voted against the measure, fearing that it would impose new fees on small farms.';
    expect(quoteWithText(run(text), 'it would impose new fees on small farms')).toMatchObject({ speaker: { text: 'Varga' }, cue: { text: 'fearing' } });
  });
});

