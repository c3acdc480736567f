import { extractorWith, quoteWithText } from './test-helpers';

const PEOPLE = {
  'President Obama': ['PERSON', 'Barack Obama'],
  'Mrs. Clinton': ['PERSON', 'Hillary Clinton'],
  'Keron Blair': ['PERSON', 'Keron Blair'],
  Pence: ['PERSON', 'Mike Pence'],
  Trump: ['PERSON', 'Donald Trump'],
  Scott: ['PERSON', 'Bobby Scott'],
} as const;

const run = extractorWith(PEOPLE);

describe('extractQuotes: where reported content gives way to the writer', () => {
  it('ends the content before the writer’s ", but …" contrast', () => {
    const text = 'Intro line.\n\nPresident Obama called for reducing the corporate tax rate to 28 percent, but Mrs. Clinton would leave it at 35 percent.';
    expect(quoteWithText(run(text), 'reducing the corporate tax rate to 28 percent')).toMatchObject({ speaker: { text: 'President Obama' } });
  });

  it('ends the content before "but" after a quoted fragment that closes with its comma', () => {
    const text = 'Intro line.\n\nTrump is promising lower taxes and “jobs, jobs, jobs,” but he has also intensified the dire warnings.';
    expect(quoteWithText(run(text), 'lower taxes and “jobs, jobs, jobs,”')).toMatchObject({ cue: { text: 'promising' } });
  });

  it('ends the content before a ", with …" detail', () => {
    const text = 'Intro line.\n\nPolling averages show Clinton with a lead in the low single digits, with RealClearPolitics showing her ahead 3 points.';
    expect(quoteWithText(run(text), 'Clinton with a lead in the low single digits')).toMatchObject({ speaker: { text: 'Polling averages' } });
  });

  it('leaves the venue "in a statement" out of the content', () => {
    const text = 'Intro line.\n\nKeron Blair, executive director of AROS, called for more school investment in a statement on Thursday.';
    expect(quoteWithText(run(text), 'more school investment')).toMatchObject({ speaker: { text: 'Keron Blair, executive director of AROS' } });
  });

  it('gives "but noted that …" the speaker of the cue before it', () => {
    const quotes = run('Intro line.\n\nHis aides say it’s too early to discuss strategies for a Senate run but noted that Scott won competitive state Senate races.');
    expect(quoteWithText(quotes, 'it’s too early to discuss strategies for a Senate run')).toMatchObject({ speaker: { text: 'His aides' } });
    expect(quoteWithText(quotes, 'Scott won competitive state Senate races')).toMatchObject({ speaker: { text: 'His aides' }, cue: { text: 'noted' } });
  });

  it('takes no content from the venue after "said on"', () => {
    const text = 'Intro line.\n\n“We need to step away from efforts to paint law enforcement with the broad brush of racial bias,” Pence said on CNN’s “State of the Union.”';
    expect(run(text).map((q) => q.text)).toEqual(['We need to step away from efforts to paint law enforcement with the broad brush of racial bias,']);
  });

  it('still reads "called on X to …" as a call', () => {
    const text = 'Intro line.\n\nScott’s family has called on police to release the videos.';
    expect(quoteWithText(run(text), 'police to release the videos')).toMatchObject({ speaker: { text: 'Scott’s family' } });
  });

  it('ends the content before "but" and a second verb of the subject’s', () => {
    const text = 'Intro line.\n\nThe FBI director chastised Mrs. Clinton for use of the server but did not recommend prosecution.';
    expect(quoteWithText(run(text), 'Mrs. Clinton for use of the server')).toMatchObject({ speaker: { text: 'The FBI director' } });
  });

  it('ends the content at a double-hyphen dash', () => {
    const text = 'Intro line.\n\nYou can call RT America whatever you want -- a news network, a propaganda arm, something in between.';
    expect(quoteWithText(run(text), 'RT America whatever you want')).toMatchObject({ speaker: { text: 'You' } });
  });

  it('ends the object of a stance adjective at the writer’s "since …"', () => {
    const text = 'Intro line.\n\nGraham has been critical of Trump since they both were competing in the primary.';
    expect(quoteWithText(run(text), 'Trump')).toMatchObject({ speaker: { text: 'Graham' }, cue: { text: 'been critical' } });
  });

  it('ends the content at a semicolon', () => {
    const text = 'Intro line.\n\nRepublicans said the timing of the immunity news was not intentional; they only learned of it on Friday.';
    expect(quoteWithText(run(text), 'the timing of the immunity news was not intentional')).toMatchObject({ speaker: { text: 'Republicans' } });
  });

  it('ends the content before the writer’s ", when …"', () => {
    const text = 'Intro line.\n\nThey cite the 2000 election in Florida, when the state purged thousands of voters from the rolls.';
    expect(quoteWithText(run(text), 'the 2000 election in Florida')).toMatchObject({ speaker: { text: 'They' } });
  });
});

