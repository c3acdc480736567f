import { extractQuotes } from './index';
import { mentionsOf, quoteWithText } from './test-helpers';

const BELARUS = {
  'Alexander Lukashenko': ['PERSON', 'Alexander Lukashenko'],
  Lukashenko: ['PERSON', 'Alexander Lukashenko'],
  Lukashenka: ['PERSON', 'Alexander Lukashenko'],
  'Vladimir Putin': ['PERSON', 'Vladimir Putin'],
  Putin: ['PERSON', 'Vladimir Putin'],
  'Dmitry Krutoi': ['PERSON', 'Dmitry Krutoi'],
  Krutoi: ['PERSON', 'Dmitry Krutoi'],
  Minsk: ['LOCATION', 'Minsk'],
  Belarus: ['LOCATION', 'Belarus'],
  Russia: ['LOCATION', 'Russia'],
} as const;

function run(text: string) {
  return extractQuotes(text, mentionsOf(text, BELARUS as unknown as Record<string, ['PERSON', string]>));
}

describe('extractQuotes: direct quotes', () => {
  it('attributes “…,” X said', () => {
    const text = 'Intro line.\n\n“Russia has always been our strategic partner,” Lukashenko said.';
    const q = quoteWithText(run(text), 'Russia has always been our strategic partner,');
    expect(q).toMatchObject({ kind: 'direct', speakerCanonical: 'Alexander Lukashenko', cue: { text: 'said' }, speaker: { text: 'Lukashenko' } });
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it('attributes X said: “…” and inverted “…,” said the president', () => {
    const text = 'Intro line.\n\nPutin said: “We will act.”\n\n“We defend the interests of Russia,” said the Belarusian president.';
    const quotes = run(text);
    expect(quoteWithText(quotes, 'We will act.')).toMatchObject({ kind: 'direct', speakerCanonical: 'Vladimir Putin' });
    // Putin and Lukashenko are both named before; only Lukashenko is named twice: the salient person
    const withLukashenko = 'Lukashenko spoke. Lukashenko again.\n\n' + text;
    expect(quoteWithText(run(withLukashenko), 'We defend the interests of Russia,')).toMatchObject({ speaker: { text: 'the Belarusian president' }, speakerCanonical: 'Alexander Lukashenko' });
  });

  it('keeps a quote interrupted by its attribution as one statement, attribution inside its span', () => {
    const text = 'Intro line.\n\n“If she thinks that makes her clever,” the announcer says, “what does she think of us?”';
    const quotes = run(text);
    expect(quotes.map((q) => [q.kind, q.text, q.speaker?.text, q.cue?.text])).toEqual([
      ['direct', 'If she thinks that makes her clever,” the announcer says, “what does she think of us?', 'the announcer', 'says'],
    ]);
  });

  it('keeps two statements apart when a long aside, a new paragraph or another cue comes between them', () => {
    const aside = 'Intro line.\n\n“We will rebuild,” Vance said, as a dozen volunteers carried sandbags past the flooded library and the ruined bakery on Main Street. “The town has done it before.”';
    expect(run(aside).map((q) => q.text)).toEqual(['We will rebuild,', 'The town has done it before.']);
    const paragraphs = 'Intro line.\n\n“We will rebuild,” Vance said.\n\n“The town has done it before.”';
    expect(run(paragraphs)).toHaveLength(2);
    const otherCue = 'Intro line.\n\n“We will rebuild,” Vance said. She added: “The town has done it before.”';
    expect(run(otherCue)).toHaveLength(2);
  });

  it('keeps a multi-paragraph quote as one and gives a following unattributed quote to the same speaker', () => {
    const text = 'Intro line.\n\n“We see that our goods are sought after.\n\n“It is necessary to continue working,” Lukashenko said.\n\n“Cooperation is really deep.”';
    const quotes = run(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[0].text).toBe('We see that our goods are sought after.\n\n“It is necessary to continue working,');
    expect(quotes[1]).toMatchObject({ text: 'Cooperation is really deep.', kind: 'direct', speakerCanonical: 'Alexander Lukashenko', cue: { text: 'said' } });
  });

  it('handles a missing space after the closing mark', () => {
    const text = 'Intro line.\n\n“The West is generating this idea,”Lukashenko stated to Dmitry Krutoi that the ambassador was his representative.';
    const quotes = run(text);
    expect(quoteWithText(quotes, 'The West is generating this idea,')).toMatchObject({ kind: 'direct', speakerCanonical: 'Alexander Lukashenko' });
    expect(quoteWithText(quotes, 'the ambassador was his representative')).toMatchObject({ kind: 'indirect', cue: { text: 'stated' } });
  });
});

describe('extractQuotes: partial quotes and scare quotes', () => {
  it('gives the indirect clause with its inner marks and the partial quote', () => {
    const text = 'Intro line.\n\nLukashenka stressed that Belarusians had never been ‘sponges’, and Belarus would never become a satellite.';
    const quotes = run(text);
    expect(quoteWithText(quotes, 'Belarusians had never been ‘sponges’, and Belarus would never become a satellite')).toMatchObject({ kind: 'indirect', cue: { text: 'stressed' } });
    expect(quoteWithText(quotes, 'sponges')).toMatchObject({ kind: 'partial', speakerCanonical: 'Alexander Lukashenko' });
  });

  it('skips scare quotes and names in quote marks outside any attribution', () => {
    const text = 'Intro line.\n\nThe country, known as ‘White Rus’, has a “special” place in the union.';
    expect(run(text)).toEqual([]);
  });
});

describe('extractQuotes: indirect quotes', () => {
  it('finds X said that …, …, X said, according to X and in his opinion', () => {
    const text = [
      'Intro line.',
      'Lukashenko said that the two states have no differences.',
      'Minsk and Moscow will stay allies, he added.',
      'According to Putin, the integration is speeding up.',
      'In his opinion, the sanctions are illegal.',
    ].join('\n\n');
    const quotes = run(text);
    expect(quoteWithText(quotes, 'the two states have no differences')).toMatchObject({ kind: 'indirect', speakerCanonical: 'Alexander Lukashenko', cue: { text: 'said' } });
    expect(quoteWithText(quotes, 'Minsk and Moscow will stay allies')).toMatchObject({ speaker: { text: 'he' }, speakerCanonical: 'Alexander Lukashenko', cue: { text: 'added' } });
    expect(quoteWithText(quotes, 'the integration is speeding up')).toMatchObject({ speakerCanonical: 'Vladimir Putin', cue: { text: 'According to' } });
    expect(quoteWithText(quotes, 'the sanctions are illegal')).toMatchObject({ speaker: { text: 'his' }, speakerCanonical: 'Vladimir Putin', cue: { text: 'In his opinion' } });
  });

  it('credits a capital that speaks to its country', () => {
    const text = 'Intro line.\n\nMinsk explained that the steps were unfriendly.';
    expect(quoteWithText(run(text), 'the steps were unfriendly')).toMatchObject({ speaker: { text: 'Minsk' }, speakerCanonical: 'Belarus' });
  });

  it('keeps a cue word inside a labelled headline as part of what was said', () => {
    const quotes = run('Putin: Western Leaders Worried About the Union\'s Growth\n\nBody.');
    expect(quoteWithText(quotes, "Western Leaders Worried About the Union's Growth")).toMatchObject({ speakerCanonical: 'Vladimir Putin' });
  });

  it('reads a headline’s "Name on topic: …"', () => {
    expect(quoteWithText(run("Putin on the Union: The Integration Is 'Speeding Up.'\n\nBody."), "The Integration Is 'Speeding Up.'")).toMatchObject({ speakerCanonical: 'Vladimir Putin' });
  });

  it('reads headline forms: “Putin: …” and “… – Lukashenko”', () => {
    expect(quoteWithText(run('Putin: Integration with Russia speeding up thanks to West\n\nBody.'), 'Integration with Russia speeding up thanks to West')).toMatchObject({ speakerCanonical: 'Vladimir Putin', kind: 'indirect' });
    expect(quoteWithText(run('Russia and Belarus could become closer – Lukashenko\n\nBody.'), 'Russia and Belarus could become closer')).toMatchObject({ speakerCanonical: 'Alexander Lukashenko' });
  });

  it('keeps the mention but names no one for an unnamed source', () => {
    const text = 'Intro line.\n\nThe election was one that the opposition said had been rigged.';
    expect(quoteWithText(run(text), 'had been rigged')).toMatchObject({ speaker: { text: 'the opposition' }, speakerCanonical: null });
  });

  it('takes a quote opened after an aside following the cue', () => {
    const text = 'Intro line.\n\nLukashenko said on the other hand, “our union is not for sale.”';
    expect(quoteWithText(run(text), 'our union is not for sale.')).toMatchObject({ speakerCanonical: 'Alexander Lukashenko' });
  });

  it('takes an unmarked block quotation after "X added:" closing a paragraph', () => {
    const text = 'Intro line.\n\nLukashenko added:\n\nThe sanctions will fail. Belarus will not bow to anyone.\n\nThe talks ended on Friday.';
    expect(quoteWithText(run(text), 'The sanctions will fail. Belarus will not bow to anyone.')).toMatchObject({ speakerCanonical: 'Alexander Lukashenko' });
    expect(run(text).some((q) => q.text.includes('talks ended'))).toBe(false);
  });

  it('resolves he/she to the most recent person', () => {
    const text = 'Intro line.\n\nPutin met Lukashenko on Friday. He said the union would grow.';
    expect(quoteWithText(run(text), 'the union would grow')).toMatchObject({ speaker: { text: 'He' }, speakerCanonical: 'Alexander Lukashenko' });
  });
});

describe('extractQuotes: adversarial input', () => {
  it('returns no quote for 100,000 unbalanced marks', () => {
    expect(run('“'.repeat(100_000))).toEqual([]);
    expect(run('He said “' + 'a ”“'.repeat(100_000))).toEqual(expect.any(Array));
  });

  it('handles a 1 MB line without punctuation', () => {
    const line = 'Lukashenko said ' + 'the union will grow '.repeat(50_000);
    const quotes = run(line);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'indirect', speakerCanonical: 'Alexander Lukashenko' });
    expect(quotes[0].text.startsWith('the union will grow the union')).toBe(true);
    expect(line.slice(quotes[0].start, quotes[0].end)).toBe(quotes[0].text);
    expect(run('a'.repeat(1_000_000))).toEqual([]);
  });
});
