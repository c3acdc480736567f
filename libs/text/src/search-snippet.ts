import { stem } from 'porter2';

export interface HighlightedPassage {
  text: string;
  highlights: Array<{ start: number; end: number }>;
}

export interface SnippetShape {
  /** Words per passage. */
  maxWords: number;
  /** Passages at most, joined by " … ". */
  maxPassages: number;
  /** Words shown before the hit a passage is built around. */
  wordsBefore: number;
}

export const SEARCH_SNIPPET_SHAPE: SnippetShape = { maxWords: 40, maxPassages: 2, wordsBefore: 6 };

const DIGIT = /\p{N}/u;
const PASSAGE_JOINER = ' … ';

interface Word {
  start: number;
  end: number;
  lexeme: string | null;
}

/**
 * The lexeme PostgreSQL's `english` configuration indexes a word under: words with digits go to the
 * `simple` dictionary (lower-cased only), the others to the Snowball English stemmer (Porter2).
 */
export function englishLexeme(word: string): string {
  const lower = word.toLowerCase();
  return DIGIT.test(lower) ? lower : stem(lower);
}

/**
 * Up to `maxPassages` passages of `text` around the words whose lexeme is one of `lexemes` (the search's
 * own lexemes, as PostgreSQL computed them), with those words highlighted. Without a hit it is the start
 * of the text. Replaces ts_headline, which re-parses the text with PostgreSQL's full parser and cost
 * about three quarters of a search's database time.
 */
export function searchSnippet(text: string, lexemes: readonly string[], shape: SnippetShape = SEARCH_SNIPPET_SHAPE): HighlightedPassage {
  const wanted = new Set(lexemes);
  const words = wordsOf(text, wanted);
  const hits: number[] = [];
  for (let i = 0; i < words.length; i++) if (words[i].lexeme !== null) hits.push(i);
  const passages: Array<[number, number]> = [];
  const covered = new Set<string>();
  while (passages.length < shape.maxPassages) {
    const outside = hits.filter((h) => !passages.some(([from, to]) => h >= from && h < to));
    if (outside.length === 0) break;
    // A second passage prefers a search word the first one lacks.
    const hit = outside.find((h) => !covered.has(words[h].lexeme!)) ?? outside[0];
    // Passages never overlap: one before the hit pushes the start, one after it pulls the end.
    const from = Math.max(0, hit - shape.wordsBefore, ...passages.filter(([, t]) => t <= hit).map(([, t]) => t));
    const to = Math.min(words.length, from + shape.maxWords, ...passages.filter(([f]) => f > hit).map(([f]) => f));
    passages.push([from, to]);
    for (let i = from; i < to; i++) if (words[i].lexeme !== null) covered.add(words[i].lexeme!);
  }
  if (passages.length === 0) passages.push([0, Math.min(words.length, shape.maxWords)]);
  return assemble(text, words, passages.sort((a, b) => a[0] - b[0]));
}

/**
 * A window cut out of a longer text, without the word it cut through at either end (`cutStart`: it does not
 * begin at the start of the text; `cutEnd`: it does not reach the end).
 */
export function withoutCutWords(window: string, cutStart: boolean, cutEnd: boolean): string {
  let start = 0;
  let end = window.length;
  if (cutStart) while (start < end && isWordUnit(window, start)) start++;
  if (cutEnd) while (end > start && isWordUnit(window, end - 1)) end--;
  return window.slice(start, end);
}

function wordsOf(text: string, wanted: ReadonlySet<string>): Word[] {
  // A word can only stem to a wanted lexeme if it shares the lexeme's first two letters (Porter2 changes
  // endings only), so most words are never stemmed.
  const prefixes = [...new Set([...wanted].map((l) => l.slice(0, 2)))];
  // Lower-cased once; a letter whose lower case is longer (İ) shifts offsets, so then each word is lowered alone.
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && !isWordUnit(text, i)) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && isWordUnit(text, i)) i++;
    const head = aligned ? '' : text.slice(start, start + 2).toLowerCase();
    let candidate = false;
    for (let k = 0; k < prefixes.length && !candidate; k++) candidate = aligned ? lower.startsWith(prefixes[k], start) : head === prefixes[k];
    const lexeme = candidate ? englishLexeme(text.slice(start, i)) : null;
    words.push({ start, end: i, lexeme: lexeme !== null && wanted.has(lexeme) ? lexeme : null });
  }
  return words;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the UTF-16 unit at `i` belongs to a letter or digit; ASCII is decided without a regex. */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // The second half of a surrogate pair goes with the first.
  const at = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** Passage text keeps the punctuation between words; runs of whitespace become one space. */
function assemble(text: string, words: Word[], passages: Array<[number, number]>): HighlightedPassage {
  let out = '';
  const highlights: HighlightedPassage['highlights'] = [];
  passages.forEach(([from, to], p) => {
    if (p > 0) out += PASSAGE_JOINER;
    for (let i = from; i < to; i++) {
      if (i > from) out += text.slice(words[i - 1].end, words[i].start).replace(/\s+/g, ' ');
      if (words[i].lexeme !== null) highlights.push({ start: out.length, end: out.length + words[i].end - words[i].start });
      out += text.slice(words[i].start, words[i].end);
    }
    // A sentence's closing punctuation right after the passage's last word belongs to it.
    if (to > from) out += /^[.!?]/.test(text.slice(words[to - 1].end)) ? text[words[to - 1].end] : '';
  });
  return { text: out, highlights };
}
