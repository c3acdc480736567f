import { extractorWith, quoteWithText } from './test-helpers';

const PEOPLE = {
  'Governor Hale': ['PERSON', 'Daniel Hale'],
  'Mrs. Ortega': ['PERSON', 'Lucia Ortega'],
  'Dana Whitlock': ['PERSON', 'Dana Whitlock'],
  Keller: ['PERSON', 'Maria Keller'],
  Ruiz: ['PERSON', 'Elena Ruiz'],
  Varga: ['PERSON', 'Tomas Varga'],
} as const;

const run = extractorWith(PEOPLE);

describe('extractQuotes: where reported content gives way to the writer', () => {
  it('ends the content before the writer’s ", but …" contrast', () => {
    const text = 'Intro line.\n\nGovernor Hale called for cutting the state sales tax to 5 percent, but Mrs. Ortega would keep it at 7 percent.';
    expect(quoteWithText(run(text), 'cutting the state sales tax to 5 percent')).toMatchObject({ speaker: { text: 'Governor Hale' } });
  });

  it('ends the content before "but" after a quoted fragment that closes with its comma', () => {
    const text = 'Intro line.\n\nRuiz is promising cheaper rent and “homes, homes, homes,” but she has also sharpened the gloomy forecasts.';
    expect(quoteWithText(run(text), 'cheaper rent and “homes, homes, homes,”')).toMatchObject({ cue: { text: 'promising' } });
  });

  it('ends the content before a ", with …" detail', () => {
    const text = 'Intro line.\n\nRecent surveys show Ortega with an edge in the high single digits, with one tracker putting her ahead 8 points.';
    expect(quoteWithText(run(text), 'Ortega with an edge in the high single digits')).toMatchObject({ speaker: { text: 'Recent surveys' } });
  });

  it('leaves the venue "in a statement" out of the content', () => {
    const text = 'Intro line.\n\nDana Whitlock, executive director of HCA, called for more transit funding in a statement on Monday.';
    expect(quoteWithText(run(text), 'more transit funding')).toMatchObject({ speaker: { text: 'Dana Whitlock, executive director of HCA' } });
  });

  it('gives "but noted that …" the speaker of the cue before it', () => {
    const quotes = run('Intro line.\n\nHis advisers say it’s too soon to weigh plans for a governor bid but noted that Varga won hard-fought county council races.');
    expect(quoteWithText(quotes, 'it’s too soon to weigh plans for a governor bid')).toMatchObject({ speaker: { text: 'His advisers' } });
    expect(quoteWithText(quotes, 'Varga won hard-fought county council races')).toMatchObject({ speaker: { text: 'His advisers' }, cue: { text: 'noted' } });
  });

  it('takes no content from the venue after "said on"', () => {
    const text = 'Intro line.\n\n“We have to move past attempts to blame every farmer for the whole river’s pollution,” Keller said on NBC’s “Meet the Press.”';
    expect(run(text).map((q) => q.text)).toEqual(['We have to move past attempts to blame every farmer for the whole river’s pollution,']);
  });

  it('still reads "called on X to …" as a call', () => {
    const text = 'Intro line.\n\nVarga’s lawyer has called on prosecutors to drop the charges.';
    expect(quoteWithText(run(text), 'prosecutors to drop the charges')).toMatchObject({ speaker: { text: 'Varga’s lawyer' } });
  });

  it('ends the content before "but" and a second verb of the subject’s', () => {
    const text = 'Intro line.\n\nThe ethics panel rebuked Mrs. Ortega for use of the jet but did not impose a fine.';
    expect(quoteWithText(run(text), 'Mrs. Ortega for use of the jet')).toMatchObject({ speaker: { text: 'The ethics panel' } });
  });

  it('ends the content at a double-hyphen dash', () => {
    const text = 'Intro line.\n\nYou can call the Herald whatever you like -- a newspaper, a party organ, something else entirely.';
    expect(quoteWithText(run(text), 'the Herald whatever you like')).toMatchObject({ speaker: { text: 'You' } });
  });

  it('ends the object of a stance adjective at the writer’s "since …"', () => {
    const text = 'Intro line.\n\nDunn has been critical of Ruiz since they both ran in the special election.';
    expect(quoteWithText(run(text), 'Ruiz')).toMatchObject({ speaker: { text: 'Dunn' }, cue: { text: 'been critical' } });
  });

  it('ends the content at a semicolon', () => {
    const text = 'Intro line.\n\nDemocrats said the timing of the budget leak was not deliberate; they only heard of it on Monday.';
    expect(quoteWithText(run(text), 'the timing of the budget leak was not deliberate')).toMatchObject({ speaker: { text: 'Democrats' } });
  });

  it('ends the content before the writer’s ", when …"', () => {
    const text = 'Intro line.\n\nThey cite the 1998 referendum in Oregon, when the county lost hundreds of ballots in the mail.';
    expect(quoteWithText(run(text), 'the 1998 referendum in Oregon')).toMatchObject({ speaker: { text: 'They' } });
  });
});

