import { parseBylineLine, TRAILING_TIME } from './byline';
import { findDateline, opensWithDateline, type Dateline } from './dateline';
import { toIsoDate } from './dates';
import { isNameLike, isOutletName } from './outlet-names';

export interface PlainTextMetadata {
  title: string | null;
  source: string | null;
  byline: string | null;
  dateline: string | null;
  publishedAt: string | null;
}

/** Metadata sits at the top of an article; only this much is read, which keeps parsing O(1) per file. */
const HEAD_CHARS = 4000;
/** Site furniture (site name, tagline, menu, section label) above a headline is at most this many lines. */
const MAX_LINES_BEFORE_TITLE = 12;
const MAX_BYLINE_LINE = 20;
const MAX_TITLE_CHARS = 250;
const MAX_DATE_LINE_CHARS = 80;
const MAX_WORDS_IN_FULL_STOP_HEADLINE = 15;

const MENU_ITEM = /^[•·▪►»|*+]\s*\S/;
const SEPARATED_LIST = /\S\s+[•·|]\s+\S.*\s+[•·|]\s+\S/;
const DATE_LINE_PREFIX = /^(?:published|posted|updated|date)(?:\s+on)?:?\s+/i;

function headLines(text: string, asText: (line: string) => string = (line) => line): string[] {
  const head = text.slice(0, HEAD_CHARS);
  const lines = head.split(/\r\n|\n|\r/);
  // The last line of a cut head is a fragment: a 1 MB one-line file must not yield a 4,000-char title.
  if (text.length > HEAD_CHARS) lines.pop();
  return lines.map((line) => asText(line).trim()).filter((line) => line !== '');
}

function dateOfLine(line: string): string | null {
  if (line.length > MAX_DATE_LINE_CHARS) return null;
  return toIsoDate(line.replace(DATE_LINE_PREFIX, '').replace(TRAILING_TIME, ''));
}

/**
 * Lines that frame an article rather than start it: menus, taglines, bylines, dates, and one-word
 * section labels — but only below other lines, since a one-word first line is the headline.
 */
function isFurniture(line: string, isSectionLabelPosition: boolean): boolean {
  if (MENU_ITEM.test(line) || SEPARATED_LIST.test(line)) return true;
  if (isSectionLabelPosition && !/\s/.test(line)) return true;
  return isOutletName(line) || parseBylineLine(line) !== null || dateOfLine(line) !== null;
}

/**
 * A first line that is long, opens with a dateline, or is a long sentence ending in a full stop is a
 * lead paragraph, not a headline.
 */
function isHeadline(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS || opensWithDateline(line)) return false;
  return !(line.endsWith('.') && line.split(/\s+/).length > MAX_WORDS_IN_FULL_STOP_HEADLINE);
}

function findTitle(lines: string[], firstIndex: number): string | null {
  const last = Math.min(lines.length, MAX_LINES_BEFORE_TITLE);
  for (let i = firstIndex; i < last; i++) {
    if (isFurniture(lines[i], i > 0 && i < lines.length - 1)) continue;
    return isHeadline(lines[i]) ? lines[i] : null;
  }
  return null;
}

function findByline(lines: string[]): { index: number; byline: NonNullable<ReturnType<typeof parseBylineLine>> } | null {
  for (let index = 0; index < Math.min(lines.length, MAX_BYLINE_LINE); index++) {
    const byline = parseBylineLine(lines[index]);
    if (byline) return { index, byline };
  }
  return null;
}

interface Header {
  title: string;
  outlet: string | null;
}

/**
 * The header a byline closes: "Outlet / Section / Headline / Posted by X | date". The headline is the
 * line above the byline (date lines skipped); above it sit the section and the outlet. With a
 * single line above the headline it is only taken for the outlet when it reads as one, since it may
 * be a section label; with two or more the first is the outlet when it is written like a name.
 */
function headerAboveByline(lines: string[], bylineIndex: number): Header | null {
  let headlineIndex = bylineIndex - 1;
  while (headlineIndex >= 0 && dateOfLine(lines[headlineIndex]) !== null) headlineIndex--;
  if (headlineIndex < 0 || headlineIndex >= MAX_LINES_BEFORE_TITLE) return null;
  const headline = lines[headlineIndex];
  if (!isHeadline(headline) || MENU_ITEM.test(headline) || SEPARATED_LIST.test(headline)) return null;
  const first = lines[0];
  const outlet =
    headlineIndex === 1 ? (isOutletName(first) ? first : null) : headlineIndex >= 2 && (isOutletName(first) || isNameLike(first)) ? first : null;
  return { title: headline, outlet };
}

function findDateLine(lines: string[]): string | null {
  for (const line of lines.slice(0, MAX_LINES_BEFORE_TITLE)) {
    const iso = dateOfLine(line);
    if (iso) return iso;
  }
  return null;
}

/** The dateline at the top of an article body ("Minsk, 11 February 2021", "MINSK (Reuters) -"), or null. */
export function textDateline(text: string): Dateline | null {
  return findDateline(text.slice(0, HEAD_CHARS), headLines(text));
}

/**
 * What the top of a plain-text article says about it: the headline (null when the text opens with
 * its lead), a site-name line above it, a byline, a dateline ("Minsk, 11 February 2021") and a date.
 * asText turns a line of markup into its text (Markdown: "*By X · 3 March 2022*" → "By X · 3 March 2022").
 */
export function plainTextMetadata(text: string, asText?: (line: string) => string): PlainTextMetadata {
  const lines = headLines(text, asText);
  const dateline = findDateline(text.slice(0, HEAD_CHARS), lines);
  const byline = findByline(lines);
  const header = byline ? headerAboveByline(lines, byline.index) : null;
  const siteName = header ? header.outlet : lines.length > 1 && isOutletName(lines[0]) ? lines[0] : null;
  return {
    title: header ? header.title : findTitle(lines, siteName ? 1 : 0),
    source: siteName ?? dateline?.agency ?? null,
    byline: byline?.byline.byline ?? null,
    dateline: dateline?.place ?? null,
    publishedAt: dateline?.publishedAt ?? byline?.byline.publishedAt ?? findDateLine(lines),
  };
}
