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

/** True when a line opens with a wire-style dateline, which makes it a lead paragraph, not a headline. */
export function opensWithDateline(line: string): boolean {
  return WIRE_DATELINE.test(line) || CAPS_PLACE_DASH.test(line);
}

/** The first dateline in the text's head (its trimmed, non-empty lines given too), or null. */
export function findDateline(head: string, headLines: string[]): Dateline | null {
  return findOpeningDateline(headLines) ?? findPlaceAndDate(head);
}
