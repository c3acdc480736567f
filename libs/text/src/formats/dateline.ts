import { HUMAN_DATE_SOURCE, toIsoDate } from './dates';

export interface Dateline {
  place: string;
  /** ISO 8601 when the dateline carries a full date. */
  publishedAt: string | null;
  /** A news agency named in the dateline: "MINSK, Feb 11 (Reuters) -". */
  agency: string | null;
}

const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const PLACE = `${WORD}(?:[ -]${WORD}){0,2}`;
const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.-]+";
const CAPS_PLACE = `${CAPS_WORD}(?:[ -]${CAPS_WORD}){0,2}`;
const SHORT_DATE = '(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?(?:\\s+\\d{4})?)';
const DASH = '[-–—]';

/**
 * "Minsk, 11 February 2021" at the start of a line or sentence (a photo caption counts). The date
 * after the comma is found first because a scan for the place from every capital letter is slow.
 */
const COMMA_AND_DATE = new RegExp(`,[ \\t]+(${HUMAN_DATE_SOURCE})`, 'g');
const PLACE_OPENING_LINE = new RegExp(`^(${PLACE})$`, 'u');
const PLACE_OPENING_SENTENCE = new RegExp(`[.!?]["”’]?[ \\t](${PLACE})$`, 'u');
const MAX_CHARS_BEFORE_PLACE = 300;
/** Wire style opening a paragraph: "MINSK, Feb 11 (Reuters) -" or "MOSCOW (TASS) —". */
const WIRE_DATELINE = new RegExp(`^(${CAPS_PLACE})(?:,[ \\t]+(${SHORT_DATE}))?[ \\t]*\\(([^()\\n]{2,40})\\)[ \\t]*${DASH}`, 'u');
/** An upper-case place opening a paragraph: "MINSK — The president said…". */
const CAPS_PLACE_DASH = new RegExp(`^(${CAPS_PLACE})(?:,[ \\t]+(${SHORT_DATE}))?[ \\t]+${DASH}[ \\t]`, 'u');
const MAX_PARAGRAPHS_BEFORE_DATELINE = 15;

function findPlaceAndDate(head: string): Dateline | null {
  for (const match of head.matchAll(COMMA_AND_DATE)) {
    const lineStart = head.lastIndexOf('\n', match.index - 1) + 1;
    const from = Math.max(lineStart, match.index - MAX_CHARS_BEFORE_PLACE);
    const lineBefore = head.slice(from, match.index);
    const opening = from === lineStart ? PLACE_OPENING_LINE.exec(lineBefore.trimStart()) : null;
    const place = (opening ?? PLACE_OPENING_SENTENCE.exec(lineBefore))?.[1];
    if (place) return { place, publishedAt: toIsoDate(match[1]), agency: null };
  }
  return null;
}

function dateOrNull(date: string | undefined): string | null {
  return date ? toIsoDate(date) : null;
}

/** A wire-style dateline opening one of the first paragraphs. */
function findOpeningDateline(paragraphs: string[]): Dateline | null {
  for (const paragraph of paragraphs.slice(0, MAX_PARAGRAPHS_BEFORE_DATELINE)) {
    const wire = WIRE_DATELINE.exec(paragraph);
    if (wire) return { place: wire[1], publishedAt: dateOrNull(wire[2]), agency: wire[3].trim() };
    const capsPlace = CAPS_PLACE_DASH.exec(paragraph);
    if (capsPlace) return { place: capsPlace[1], publishedAt: dateOrNull(capsPlace[2]), agency: null };
  }
  return null;
}

/**
 * The upper-case place of a wire dateline at a line's start, with the rest of the dateline: a region
 * ("SOCHI, Russia —"), a date, an agency ("MINSK, Feb 11 (Reuters) -").
 */
const DATELINE_AT = new RegExp(
  `(${CAPS_PLACE})(?:,[ \\t]+${PLACE})?(?:,[ \\t]+${SHORT_DATE})?(?:[ \\t]*\\([^()\\n]{2,40}\\)[ \\t]*${DASH}|[ \\t]+${DASH}[ \\t])`,
  'uy',
);
const isUpper = (code: number) => code >= 65 && code <= 90;
/** How far after the dash a dateline's sentence shows a small letter; an upper-case headline ("SOCCER - JAPAN WIN") shows none. */
const PROSE_LOOKAHEAD = 40;

function opensProse(text: string, from: number): boolean {
  const end = text.indexOf('\n', from);
  return /\p{Ll}/u.test(text.slice(from, Math.min(end < 0 ? text.length : end, from + PROSE_LOOKAHEAD)));
}

/** A wire-style dateline in the text: from its upper-case place to the end of its dash, and where the place ends. */
export interface DatelineSpan {
  start: number;
  placeEnd: number;
  end: number;
}

/**
 * Each wire-style dateline that opens a paragraph of prose ("CHISINAU —", "WASHINGTON (Reuters) -").
 * One look at each line's start; the pattern runs only where a capital opens a line.
 */
export function datelineSpans(text: string): DatelineSpan[] {
  const spans: DatelineSpan[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    let at = lineStart;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    const first = text.charCodeAt(at);
    if ((isUpper(first) || first > 127) && text.charCodeAt(at + 1) !== 32) {
      DATELINE_AT.lastIndex = at;
      const match = DATELINE_AT.exec(text);
      if (match && opensProse(text, DATELINE_AT.lastIndex)) spans.push({ start: at, placeEnd: at + match[1].length, end: DATELINE_AT.lastIndex });
    }
    const newline = text.indexOf('\n', at);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return spans;
}

/** Where the upper-case place of each wire-style dateline lies in the text. */
export const datelinePlaceSpans = (text: string): Array<{ start: number; end: number }> => datelineSpans(text).map((d) => ({ start: d.start, end: d.placeEnd }));

/** True when a line opens with a wire-style dateline, which makes it a lead paragraph, not a headline. */
export function opensWithDateline(line: string): boolean {
  return WIRE_DATELINE.test(line) || CAPS_PLACE_DASH.test(line);
}

/** The first dateline in the text's head (its trimmed, non-empty lines given too), or null. */
export function findDateline(head: string, headLines: string[]): Dateline | null {
  return findOpeningDateline(headLines) ?? findPlaceAndDate(head);
}
