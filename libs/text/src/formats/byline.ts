import { toIsoDate } from './dates';

export interface Byline {
  byline: string;
  /** A date written on the byline line ("By Jane Doe | 11 February 2021"). */
  publishedAt: string | null;
}

const BYLINE_LINE = /^(?:by|written by|posted by|reporting by|author:|authors:)\s+(.+)$/i;
const NAME_LIST = /^[\p{Lu}][\p{L}\p{M}'’.-]*(?:(?:\s+|,\s*|\s+and\s+|\s*&\s*)[\p{Lu}][\p{L}\p{M}'’.-]*){0,7}$/u;
const SEPARATOR = /\s+[|•·—–-]\s+|,\s+(?=\p{Lu}[a-z]+\s+\d|\d)/u;

/** A byline line ("By Jane Doe", "Posted by A and B | 11 February 2021"), or null. */
export function parseBylineLine(line: string): Byline | null {
  const match = BYLINE_LINE.exec(line);
  if (!match) return null;
  const [name, ...rest] = match[1].split(SEPARATOR);
  if (!NAME_LIST.test(name.trim())) return null;
  const dated = rest.map((part) => toIsoDate(part)).find((iso) => iso !== null);
  return { byline: name.trim(), publishedAt: dated ?? null };
}
