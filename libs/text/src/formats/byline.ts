import { toIsoDate } from './dates';

export interface Byline {
  byline: string;
  /** A date written on the byline line ("By Jane Doe | 11 February 2021"). */
  publishedAt: string | null;
}

const BYLINE_LINE = /^(?:by|written by|posted by|reporting by|author:|authors:)\s+(.+)$/i;
const NAME_LIST = /^[\p{Lu}][\p{L}\p{M}'’.-]*(?:(?:\s+|,\s*|\s+and\s+|\s*&\s*)[\p{Lu}][\p{L}\p{M}'’.-]*){0,7}$/u;
/** "Posted by admin | 15 November 2021": a user name, accepted when a date follows it. */
const HANDLE = /^[\p{L}\p{N}_.-]{2,30}$/u;
/** "3 March 2022, 10:04" or "15 November 2021 at 9:30 am" on a byline line: the time is not the day. */
export const TRAILING_TIME = /[\s,|]*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*$/i;
const SEPARATOR = /\s+[|•·—–-]\s+|,\s+(?=\p{Lu}[a-z]+\s+\d|\d)/u;

/** A byline line ("By Jane Doe", "Posted by A and B | 11 February 2021"), or null. */
export function parseBylineLine(line: string): Byline | null {
  const match = BYLINE_LINE.exec(line);
  if (!match) return null;
  const [name, ...rest] = match[1].split(SEPARATOR);
  const dated = rest.map((part) => toIsoDate(part.replace(TRAILING_TIME, ''))).find((iso) => iso !== null) ?? null;
  if (!NAME_LIST.test(name.trim()) && !(dated && HANDLE.test(name.trim()))) return null;
  return { byline: name.trim(), publishedAt: dated };
}
