import { Quote } from '../types';

/**
 * “…,” Spencer said, as a few young fighters worked out inside the gym, while outside … “…”: a long aside
 * is narrative, which annotators leave out of the statement; joined across it, the quote is more aside than
 * statement. An attribution with a short adjunct ("Trump told NBC's “Today” on Monday") stays under this.
 */
const MAX_INTERRUPTION_WORDS = 12;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * “We will win,” she said. “And we will win big.” is one statement, interrupted by its attribution: one
 * quote from the first word to the last, with the attribution inside its span. So is "The risk, he said,
 * is a clash at sea." PolNeAR annotates both as one content in fragments: 94% of such direct pairs on
 * train, where the rules never looked. Joined, exact content F1 rises 0.384 → 0.455 on train and 0.458 →
 * 0.529 on dev, and one-to-one overlap ≥ 0.5 F1 0.554 → 0.588 and 0.619 → 0.656. The fragment metric
 * drops by 0.005–0.010, because it counts each fragment of a found statement as a true positive of its own.
 *
 * Two quotes of one kind (direct, or indirect) join when they follow one another in one paragraph, hang on
 * the same speaker mention and the same cue, and that cue stands between them.
 */
export function joinInterruptedQuotes(text: string, quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && interruptedBy(text, prev, q)) out[out.length - 1] = { ...prev, end: q.end, text: text.slice(prev.start, q.end) };
    else out.push(q);
  }
  return out;
}

function interruptedBy(text: string, first: Quote, next: Quote): boolean {
  if (first.kind !== next.kind || (first.kind !== 'direct' && first.kind !== 'indirect')) return false;
  const { cue, speaker } = next;
  if (!cue || !speaker || !first.cue || !first.speaker) return false;
  if (first.cue.start !== cue.start || first.cue.end !== cue.end || first.speaker.start !== speaker.start) return false;
  if (!(first.end <= cue.start && cue.end <= next.start)) return false;
  const between = text.slice(first.end, next.start);
  return !between.includes('\n') && wordCount(between) <= MAX_INTERRUPTION_WORDS;
}

function wordCount(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

/**
 * A joined quote's own words: its text without the attribution inside it, so “We will win,” she said.
 * “And win big.” groups with another outlet's “We will win. And win big.” A closing mark after , . ? !
 * and an opening mark before a word bound it; a scare-quoted “fake news” and “a sham” has neither.
 */
const INTERRUPTION = /([,.?!—–])\s*(?:[”"’']{1,2})\s+([^“”"‘’'\n]{1,200}?)[,.:;]?\s+(?:[“"‘']{1,2})(?=\S)/gu;

export function withoutInterruptions(text: string): string {
  return text.replace(INTERRUPTION, (whole, stop: string, between: string) => (wordCount(between) <= MAX_INTERRUPTION_WORDS ? `${stop} ` : whole));
}
