/**
 * The quote-level errors a new user met on articles written for the purpose (issue 17), each on
 * invented sentences.
 */
import { Quote } from '../types';
import { extractorWith, quoteWithText } from './test-helpers';

const run = extractorWith({
  'Alexander Lukashenka': ['PERSON', 'Alexander Lukashenka'],
  Lukashenka: ['PERSON', 'Alexander Lukashenka'],
  'Sviatlana Tsikhanouskaya': ['PERSON', 'Sviatlana Tsikhanouskaya'],
  Tsikhanouskaya: ['PERSON', 'Sviatlana Tsikhanouskaya'],
  'Ursula von der Leyen': ['PERSON', 'Ursula von der Leyen'],
  'Mark Rutte': ['PERSON', 'Mark Rutte'],
  'Vladimir Putin': ['PERSON', 'Vladimir Putin'],
  Putin: ['PERSON', 'Vladimir Putin'],
  'Maia Sandu': ['PERSON', 'Maia Sandu'],
  Sandu: ['PERSON', 'Maia Sandu'],
  Minsk: ['LOCATION', 'Minsk'],
  Vilnius: ['LOCATION', 'Vilnius'],
  Belarus: ['LOCATION', 'Belarus'],
  Cambridge: ['LOCATION', 'Cambridge'],
  Brussels: ['LOCATION', 'Brussels'],
});

const inParagraph = (sentence: string): Quote[] => run(`Intro line.\n\n${sentence}`);
const speakers = (quotes: Quote[]): Array<string | undefined> => quotes.map((q) => q.speaker?.text);

describe('extractQuotes: verbs that are not speech are not cues', () => {
  it('reads "council votes broke down" as a noun and a verb, not a vote reported', () => {
    const quotes = inParagraph('Most of the city council votes broke down as you might expect, with the mayor’s allies on one side.');
    expect(speakers(quotes)).not.toContain('Most of the city council');
    expect(quotes).toEqual([]);
  });

  it('gives a video that shows something no words', () => {
    expect(inParagraph('A video shows the aftermath of the explosion in the square.')).toEqual([]);
  });

  it('does not take the object of a stance verb as something said', () => {
    expect(inParagraph('The minister welcomed the decision of the court on Tuesday.')).toEqual([]);
    expect(inParagraph('Sandu rejected the accusations and left the hall.')).toEqual([]);
  });

  it('keeps a stance verb whose complement is a clause', () => {
    expect(quoteWithText(inParagraph('Sandu welcomed the decision, saying it would help farmers.'), 'it would help farmers')).toMatchObject({ speaker: { text: 'Sandu' } });
  });

  it('does not take the listener and the time of "told Putin at the start of the talks" as content', () => {
    expect(inParagraph('Lukashenka told Putin at the start of the talks.')).toEqual([]);
    const quotes = inParagraph('Lukashenka told Putin at the start of the talks that Belarus would stay a close ally.');
    expect(quotes.map((q) => q.text)).toEqual(['that Belarus would stay a close ally']);
  });
});

describe('extractQuotes: labels are never speakers', () => {
  it('reads an all-caps section label before a colon as a label', () => {
    const quotes = inParagraph('WHAT HAPPENS NEXT: The council will vote on the budget in March.');
    expect(speakers(quotes)).not.toContain('WHAT HAPPENS NEXT');
    const reported = inParagraph('ECONOMY: Prices rose sharply in the capital this year, the statistics office reported.');
    expect(reported.map((q) => [q.text, q.speaker?.text])).toEqual([['Prices rose sharply in the capital this year', 'the statistics office']]);
  });

  it('finds no quote in a "READ MORE:" link line', () => {
    const text = 'Intro line.\n\nREAD MORE: ‘We will never give up,’ Sandu tells rally\n\nThe rally ended at dusk.';
    expect(run(text)).toEqual([]);
  });
});

describe('extractQuotes: a refusal says nothing', () => {
  it('gives "declined to say why …" no content', () => {
    expect(inParagraph('Sandu declined to say why the talks had failed.')).toEqual([]);
    expect(inParagraph('A spokesman for Sandu refused to comment on whether the talks had failed.')).toEqual([]);
  });
});

describe('extractQuotes: pronouns and descriptions', () => {
  it('gives “…,” she said to the woman of the sentence before, not a more distant woman or man', () => {
    const woman = 'Intro line.\n\nUrsula von der Leyen opened the summit in Brussels. Sviatlana Tsikhanouskaya thanked the union for its support of the protesters.\n\n“We will never give up,” she said.';
    expect(quoteWithText(run(woman), 'We will never give up,')).toMatchObject({ speaker: { text: 'she' }, speakerCanonical: 'Sviatlana Tsikhanouskaya' });
    const man = 'Intro line.\n\nMark Rutte opened the summit in Brussels. Sviatlana Tsikhanouskaya thanked the union for its support of the protesters.\n\n“We will never give up,” she said.';
    expect(quoteWithText(run(man), 'We will never give up,')).toMatchObject({ speakerCanonical: 'Sviatlana Tsikhanouskaya' });
  });

  it('keeps Lukashenka the speaker of what he said about Minsk: a place never speaks', () => {
    for (const sentence of [
      'Lukashenka said that if the sanctions were not lifted, Minsk would respond harshly, warning of consequences.',
      'Speaking to officials, Lukashenka said that Minsk would respond harshly and warned Vilnius.',
    ]) {
      const quotes = inParagraph(sentence);
      expect(quotes.length).toBeGreaterThan(0);
      expect(quotes.map((q) => q.speakerCanonical)).toEqual(quotes.map(() => 'Alexander Lukashenka'));
    }
  });

  it('never resolves a description to the place inside it', () => {
    const quote = quoteWithText(inParagraph('“I never went to university,” said the self-taught Cambridge resident, who now runs a bakery.'), 'I never went to university,');
    expect(quote).toMatchObject({ speaker: { text: 'the self-taught Cambridge resident' } });
    expect(quote!.speakerCanonical).not.toBe('Cambridge');
  });
});

describe('extractQuotes: quote kinds', () => {
  it('calls a quote direct only when quote marks enclose it', () => {
    // an unclosed mark, a label without marks, a closed quote
    const text = 'Intro line.\n\n“We will never give up, Sandu said at the rally.\n\nSandu: We will stay.\n\n“We stay,” she said.';
    const direct = run(text).filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.text)).toEqual(['We stay,']);
    for (const q of direct) expect([text[q.start - 1], text[q.end]].every((c) => /["“”‘’']/.test(c))).toBe(true);
  });
});
