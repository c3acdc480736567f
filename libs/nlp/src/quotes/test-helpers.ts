/** Test helpers: entity mentions for every occurrence of the given names, as the entities stage gives them. */
import { EntityMention, EntityType, Quote } from '../types';
import { extractQuotes } from './index';

export function mentionsOf(text: string, names: Record<string, [EntityType, string]>): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [name, [type, canonical]] of Object.entries(names)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const wholeWord = !/[\p{L}]/u.test(text[i - 1] ?? '') && !/[\p{L}]/u.test(text[i + name.length] ?? '');
      const insideLonger = out.some((m) => m.start <= i && m.end >= i + name.length);
      if (wholeWord && !insideLonger) out.push({ text: name, start: i, end: i + name.length, type, canonical });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The quote whose text is exactly `text` or `text` after its complementizer ("that the plan failed": a
 * content opens with its "that", as PolNeAR annotates it), or undefined.
 */
export function quoteWithText(quotes: Quote[], text: string): Quote | undefined {
  return quotes.find((q) => q.text === text || q.text === `that ${text}`);
}

/** The quote whose text ends with `text`: a statement resumed after its attribution is one quote with both parts. */
export function quoteEndingWith(quotes: Quote[], text: string): Quote | undefined {
  return quotes.find((q) => q.text.endsWith(text));
}

/** Quote extraction over a text whose entity mentions are every occurrence of the given names. */
export function extractorWith(names: Record<string, readonly [EntityType, string]>): (text: string) => Quote[] {
  return (text) => extractQuotes(text, mentionsOf(text, names as Record<string, [EntityType, string]>));
}

/** One case per row: [shape, sentence, quote text, speaker text]; the sentence follows an intro paragraph. */
export type SpeakerCase = [shape: string, sentence: string, content: string, speaker: string];

/** A table test: each sentence yields the quote with the given speaker mention. */
export function itFindsSpeakers(title: string, run: (text: string) => Quote[], cases: SpeakerCase[]): void {
  it.each(cases)(title, (_shape, sentence, content, speaker) => {
    expect(quoteWithText(run(`Intro line.\n\n${sentence}`), content)).toMatchObject({ speaker: { text: speaker } });
  });
}
