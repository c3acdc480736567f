import { DIGIT, SPACE, SURROGATE, classAt, isLetterOrDigit } from './chars';

/**
 * Tokens as parallel arrays, with offsets into the original text (UTF-16 units, end exclusive). An object
 * per token (about 1,000 per article) lives through tagging, so V8 pretenures it: allocating and
 * collecting those objects cost more than scanning the text.
 */
export interface Tokens {
  text: string[];
  start: number[];
  end: number[];
  /** True when a line break lies between the previous token and this one. */
  newline: boolean[];
}

/**
 * The token grammar. Words keep inner hyphens, apostrophes, periods and digit groups, as CoNLL tokens do
 * ("U.S", "Bre-X", "1,000"); a possessive "'s" stands alone; other symbols group in runs of one character.
 * matchEnd below scans it by character class; this regex decides only near surrogate pairs.
 */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+|(?<=\p{N}),\p{N}+)*|['’][sS](?![\p{L}\p{N}])|([^\s\p{L}\p{N}])\1*/uy;
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
const ENDS_WITH_LETTER = /\p{L}$/u;
// Abbreviations that take their period along ("Mr.", "Inc."), so the period neither ends a sentence nor splits the name.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev',
  'st', 'mt', 'ft', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'dept', 'univ', 'assn', 'cie', 'ag', 'sa', 'nv',
]);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const COMMA = 44;
const PERIOD = 46;
/** The result of matchEnd when only the regex can decide. */
const UNDECIDED = -2;

const isWordJoiner = (c: number) => c === 45 || c === APOSTROPHE || c === RIGHT_QUOTE || c === PERIOD || c === 38 || c === 47;
const isSkippedSpace = (c: number) =>
  c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;

/** End of a word (first alternative of TOKEN) starting with a letter or digit at `pos`. */
function wordEnd(text: string, pos: number): number {
  let i = pos;
  for (;;) {
    let k = classAt(text, i);
    while (isLetterOrDigit(k)) k = classAt(text, ++i);
    if (k === SURROGATE) return UNDECIDED;
    // Joiners: "-", "'", "’", ".", "&", "/" followed by a letter or digit, or "," between digits.
    for (;;) {
      const c = text.charCodeAt(i);
      const next = classAt(text, i + 1);
      if (isWordJoiner(c) && isLetterOrDigit(next)) {
        i++;
        break;
      }
      if (c === COMMA && classAt(text, i - 1) === DIGIT && next === DIGIT) {
        i += 2;
        while ((k = classAt(text, i)) === DIGIT) i++;
        if (k === SURROGATE) return UNDECIDED;
        continue;
      }
      if (next === SURROGATE && (isWordJoiner(c) || c === COMMA)) return UNDECIDED;
      return i;
    }
  }
}

/** End of the TOKEN match at `pos` (a non-space character), -1 when it does not match, or UNDECIDED. */
function matchEnd(text: string, pos: number): number {
  const k = classAt(text, pos);
  if (k === SURROGATE) return UNDECIDED;
  if (isLetterOrDigit(k)) return wordEnd(text, pos);
  if (k === SPACE) return -1;
  const c = text.charCodeAt(pos);
  if (c === APOSTROPHE || c === RIGHT_QUOTE) {
    const s = text.charCodeAt(pos + 1);
    if (s === 115 || s === 83) {
      const after = classAt(text, pos + 2);
      if (after === SURROGATE) return UNDECIDED;
      if (!isLetterOrDigit(after)) return pos + 2;
    }
  }
  let end = pos + 1;
  while (text.charCodeAt(end) === c) end++;
  return end;
}

function regexMatchEnd(text: string, pos: number): number {
  TOKEN.lastIndex = pos;
  const m = TOKEN.exec(text);
  return m ? pos + m[0].length : -1;
}

function endsWithLetter(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return ENDS_WITH_LETTER.test(word);
}

function takesPeriod(word: string): boolean {
  return INITIALS.test(word) || (word.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(word.toLowerCase()));
}

/** "x's" or "x’s" after a letter or digit: the possessive becomes its own token. */
function isPossessive(word: string): boolean {
  const n = word.length;
  if (n <= 2) return false;
  const s = word.charCodeAt(n - 1);
  const q = word.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === APOSTROPHE || q === RIGHT_QUOTE) && isLetterOrDigit(classAt(word, 0));
}

/** Splits text into word and punctuation tokens in one linear pass; possessive "'s" becomes its own token. */
export function tokenize(text: string): Tokens {
  const tokens: Tokens = { text: [], start: [], end: [], newline: [] };
  let last = 0;
  let pos = 0;
  while (pos < text.length) {
    if (isSkippedSpace(text.charCodeAt(pos))) {
      pos++;
      continue;
    }
    let matched = matchEnd(text, pos);
    if (matched === UNDECIDED) matched = regexMatchEnd(text, pos);
    const start = pos;
    let end = matched >= 0 ? matched : pos + 1;
    const newline = hasNewline(text, last, start) || tokens.text.length === 0;
    let word = text.slice(start, end);
    if (matched >= 0 && text.charCodeAt(end) === PERIOD && endsWithLetter(word) && takesPeriod(word)) {
      end++;
      word += '.';
    }
    if (isPossessive(word)) {
      push(tokens, word.slice(0, -2), start, end - 2, newline);
      push(tokens, word.slice(-2), end - 2, end, false);
    } else {
      push(tokens, word, start, end, newline);
    }
    last = end;
    pos = end;
  }
  return tokens;
}

function push(tokens: Tokens, text: string, start: number, end: number, newline: boolean): void {
  tokens.text.push(text);
  tokens.start.push(start);
  tokens.end.push(end);
  tokens.newline.push(newline);
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
