/**
 * Splits text into sentences with offsets, in one pass, never inside a quote; sentenceTokens tokenises
 * one sentence with every quote collapsed into one token.
 */
import { QuoteMarks } from './quote-marks';
import { TITLE_ABBREVIATIONS } from './token-shapes';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased word, the punctuation character, or '"' for a quote token. */
  low: string;
  kind: 'word' | 'punct' | 'quote';
  /** For quote tokens, the index into the quote list; -1 for the others, so every token has one shape. */
  quote: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (a run of text between blank-line-free newlines, quotes spanning them merged). */
  paragraph: number;
}

/** Words whose period does not end a sentence: the titles, then other abbreviations. */
const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS,
  ...'u.s u.k u.n no vs inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e etc pres'.split(' '),
]);
/** A word (group 1) or one non-space character. */
const TOKEN_RE = /([\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*)|[^\s\u00a0]/gu;

/** Paragraph ranges [start, end): lines, with lines joined where a quote runs across them. */
function paragraphs(text: string, quotes: QuoteMarks[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let q = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
    const end = i < 0 ? text.length : i;
    while (q < quotes.length && quotes[q].close <= end) q++;
    const inside = i >= 0 && q < quotes.length && quotes[q].open < end;
    if (!inside) {
      if (end > start) out.push([start, end]);
      start = end + 1;
    }
    if (i < 0) return out;
  }
}

/** A space between sentences; news text often has a no-break space after the full stop. */
const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/** After a sentence-final quote: the next sentence starts at the next capital or opening mark. */
function nextSentenceStart(text: string, from: number, paragraphEnd: number): number {
  let k = from;
  while (k < paragraphEnd && isBlank(text[k])) k++;
  return k < paragraphEnd && (/[\p{Lu}“"‘]/u.test(text[k]) || text.startsWith("''", k)) ? k : -1;
}

function isSentenceEnd(text: string, i: number, paragraphEnd: number): number {
  // i is at [.?!]; returns the index where the next sentence starts, or -1
  let j = i + 1;
  while (j < paragraphEnd && /["”’)\]]/.test(text[j])) j++;
  const closedQuote = j > i + 1;
  let k = j;
  while (k < paragraphEnd && isBlank(text[k])) k++;
  if (k >= paragraphEnd) return -1;
  if (k === j && !closedQuote) return -1;
  if (!/[\p{Lu}\p{N}“"‘(]/u.test(text[k]) && !(text[k] === "'" && text[k + 1] === "'")) return -1;
  if (text[i] === '.') {
    let w = i;
    while (w > 0 && i - w < 12 && /[\p{L}.]/u.test(text[w - 1])) w--;
    const word = text.slice(w, i).toLowerCase();
    // "R." or "U.S." is an initial, "1970s." is not
    const initial = /(^|\.)\p{L}$/u.test(word) && !/[\p{N}]/u.test(text[w - 1] ?? '');
    if (ABBREVIATIONS.has(word) || initial) return -1;
  }
  return k;
}

/** ASCII letters and digits: the tokenizer's fast path; anything else goes through TOKEN_RE. */
export const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** Characters that join word parts: ' . - & (’ is not ASCII and takes the regex path). */
const isAsciiJoiner = (c: number): boolean => c === 39 || c === 46 || c === 45 || c === 38;

/**
 * The next token at or after `from` as [start, end, isWord], or null past `limit`: what TOKEN_RE would
 * match, scanned by char code for ASCII text, which is most of it.
 */
function nextToken(text: string, from: number, limit: number, out: [number, number, boolean]): boolean {
  let i = from;
  for (;;) {
    if (i >= limit) return false;
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    if (c >= 128) return regexToken(text, i, limit, out);
    if (!isAsciiAlnum(c)) {
      out[0] = i;
      out[1] = i + 1;
      out[2] = false;
      return true;
    }
    let j = i + 1;
    for (;;) {
      const d = text.charCodeAt(j);
      if (isAsciiAlnum(d)) j++;
      else if (d >= 128) return regexToken(text, i, limit, out);
      else if (isAsciiJoiner(d) && j + 1 < text.length && isAsciiAlnum(text.charCodeAt(j + 1))) j += 2;
      else if (isAsciiJoiner(d) && text.charCodeAt(j + 1) >= 128) return regexToken(text, i, limit, out);
      else break;
    }
    out[0] = i;
    out[1] = j;
    out[2] = true;
    return true;
  }
}

function regexToken(text: string, from: number, limit: number, out: [number, number, boolean]): boolean {
  TOKEN_RE.lastIndex = from;
  const m = TOKEN_RE.exec(text);
  if (m === null || m.index >= limit) return false;
  out[0] = m.index;
  out[1] = m.index + m[0].length;
  out[2] = m[1] !== undefined;
  return true;
}

function tokenize(text: string, start: number, end: number, quotes: QuoteMarks[], qFrom: number): Token[] {
  const tokens: Token[] = [];
  let q = qFrom;
  const found: [number, number, boolean] = [0, 0, false];
  for (let pos = start; nextToken(text, pos, end, found); ) {
    const at = found[0];
    while (q < quotes.length && quotes[q].open < at && quotes[q].close <= at) q++;
    const quote = quotes[q];
    if (quote !== undefined && quote.open <= at && quote.close <= end && quote.open >= start) {
      // a quote becomes one token; a mark or word inside it is skipped
      tokens.push({ start: quote.open, end: quote.close, low: '"', kind: 'quote', quote: q });
      pos = quote.close;
      q++;
      continue;
    }
    const e = Math.min(found[1], end);
    if (found[2]) tokens.push({ start: at, end: e, low: text.slice(at, e).toLowerCase(), kind: 'word', quote: -1 });
    else tokens.push({ start: at, end: e, low: text.slice(at, found[1]), kind: 'punct', quote: -1 });
    pos = found[1];
  }
  return tokens;
}

export function splitSentences(text: string, quotes: QuoteMarks[]): Sentence[] {
  const sentences: Sentence[] = [];
  let q = 0;
  paragraphs(text, quotes).forEach(([pStart, pEnd], paragraph) => {
    let sStart = pStart;
    for (let i = pStart; i < pEnd; i++) {
      const c = text.charCodeAt(i);
      if (c !== 46 && c !== 63 && c !== 33) continue; // . ? !
      while (q < quotes.length && quotes[q].close <= i) q++;
      if (q < quotes.length && quotes[q].open < i) {
        // never split inside a quote, but a quote ending in . ? ! may end its sentence
        const quote = quotes[q];
        i = quote.close - 1;
        const next = /[.?!]/.test(text[quote.end - 1]) ? nextSentenceStart(text, quote.close, pEnd) : -1;
        if (next >= 0) {
          pushSentence(sentences, text, sStart, next, paragraph);
          sStart = next;
        }
        continue;
      }
      const next = isSentenceEnd(text, i, pEnd);
      if (next < 0) continue;
      pushSentence(sentences, text, sStart, next, paragraph);
      sStart = next;
    }
    pushSentence(sentences, text, sStart, pEnd, paragraph);
  });
  return sentences;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start])) start++;
  if (end <= start) return;
  out.push({ start, end, paragraph });
}

/**
 * The tokens of one sentence, made when the sentence is read: tokens made for the whole article up
 * front live long enough for V8 to move them to the old generation, where they cost more to collect.
 */
export function sentenceTokens(text: string, sentence: Sentence, quotes: QuoteMarks[]): Token[] {
  return tokenize(text, sentence.start, sentence.end, quotes, firstQuoteFrom(quotes, sentence.start));
}

/** Binary search: the first quote opening at or after pos. */
function firstQuoteFrom(quotes: QuoteMarks[], pos: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].open < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many characters two spans share. */
export const overlapLength = (a: { start: number; end: number }, b: { start: number; end: number }): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The token index range [from, to) covering a character range; empty (from === to) when no token overlaps it. */
export function tokenRange(toks: readonly Token[], range: { start: number; end: number }): [number, number] {
  let from = 0;
  while (from < toks.length && toks[from].end <= range.start) from++;
  let to = from;
  while (to < toks.length && toks[to].start < range.end) to++;
  return [from, to];
}
