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
const WORD_CHAR = /[\p{L}\p{N}]/u;
const PASSAGE_JOINER = ' … ';
const NO_HIT = -1;

/**
 * The words of the text last scanned: offsets and, for a hit, the index of its lexeme (else NO_HIT).
 * Reused between calls (one thread): a snippet is built for every search result, and allocating an
 * object per word cost more than finding the words.
 */
let starts = new Int32Array(512);
let ends = new Int32Array(512);
let hitLexeme = new Int16Array(512);

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
  const count = scanWords(text, lexemes);
  const hits: number[] = [];
  for (let i = 0; i < count; i++) if (hitLexeme[i] !== NO_HIT) hits.push(i);
  const passages: Array<[number, number]> = [];
  const covered = new Set<number>();
  while (passages.length < shape.maxPassages) {
    const outside = hits.filter((h) => !passages.some(([from, to]) => h >= from && h < to));
    if (outside.length === 0) break;
    // A second passage prefers a search word the first one lacks.
    const hit = outside.find((h) => !covered.has(hitLexeme[h])) ?? outside[0];
    // Passages never overlap: one before the hit pushes the start, one after it pulls the end.
    const from = Math.max(0, hit - shape.wordsBefore, ...passages.filter(([, t]) => t <= hit).map(([, t]) => t));
    const to = Math.min(count, from + shape.maxWords, ...passages.filter(([f]) => f > hit).map(([f]) => f));
    passages.push([from, to]);
    for (let i = from; i < to; i++) if (hitLexeme[i] !== NO_HIT) covered.add(hitLexeme[i]);
  }
  if (passages.length === 0) passages.push([0, Math.min(count, shape.maxWords)]);
  return assemble(text, passages.sort((a, b) => a[0] - b[0]));
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

/** Finds the words of `text` into the shared arrays and returns how many there are. */
function scanWords(text: string, lexemes: readonly string[]): number {
  // A word can only stem to a lexeme if it shares the lexeme's first two letters (Porter2 changes endings
  // only), so most words are never stemmed. A one-letter lexeme has no second letter to compare (-1).
  const firsts = lexemes.map((l) => l.charCodeAt(0));
  const seconds = lexemes.map((l) => (l.length > 1 ? l.charCodeAt(1) : -1));
  const length = text.length;
  let count = 0;
  let i = 0;
  while (i < length) {
    while (i < length && !isWordUnit(text, i)) i++;
    if (i >= length) break;
    const start = i;
    while (i < length && isWordUnit(text, i)) i++;
    if (count === starts.length) grow();
    starts[count] = start;
    ends[count] = i;
    hitLexeme[count] = NO_HIT;
    const first = lowerUnit(text, start);
    const second = i - start > 1 ? lowerUnit(text, start + 1) : -2;
    for (let k = 0; k < firsts.length; k++) {
      if (firsts[k] !== first || (seconds[k] !== second && seconds[k] !== -1)) continue;
      hitLexeme[count] = lexemes.indexOf(englishLexeme(text.slice(start, i)));
      break;
    }
    count++;
  }
  return count;
}

function grow(): void {
  const size = 2 * starts.length;
  const [s, e, h] = [new Int32Array(size), new Int32Array(size), new Int16Array(size)];
  s.set(starts);
  e.set(ends);
  h.set(hitLexeme);
  [starts, ends, hitLexeme] = [s, e, h];
}

/** The lower case of the UTF-16 unit at `i`, as a code unit. */
function lowerUnit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return text[i].toLowerCase().charCodeAt(0);
}

/** 1 for the ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => Number((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)));

/** Whether the UTF-16 unit at `i` belongs to a letter or digit; ASCII is decided by a table lookup. */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  // The second half of a surrogate pair goes with the first.
  const at = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** The text between two words with runs of whitespace as one space; mostly it is one space already. */
function gapBetween(text: string, from: number, to: number): string {
  if (to === from + 1 && text.charCodeAt(from) === 32) return ' ';
  return text.slice(from, to).replace(/\s+/g, ' ');
}

/** Passage text keeps the punctuation between words; runs of whitespace become one space. */
function assemble(text: string, passages: Array<[number, number]>): HighlightedPassage {
  let out = '';
  const highlights: HighlightedPassage['highlights'] = [];
  passages.forEach(([from, to], p) => {
    if (p > 0) out += PASSAGE_JOINER;
    for (let i = from; i < to; i++) {
      if (i > from) out += gapBetween(text, ends[i - 1], starts[i]);
      if (hitLexeme[i] !== NO_HIT) highlights.push({ start: out.length, end: out.length + ends[i] - starts[i] });
      out += text.slice(starts[i], ends[i]);
    }
    // A sentence's closing punctuation right after the passage's last word belongs to it.
    if (to > from && /^[.!?]/.test(text.charAt(ends[to - 1]))) out += text.charAt(ends[to - 1]);
  });
  return { text: out, highlights };
}
