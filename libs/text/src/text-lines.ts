import { normaliseForComparison } from './normalise';

/** One line of a text; start/end are string indices into the whole text, end exclusive, newline excluded. */
export interface TextLine {
  text: string;
  start: number;
  end: number;
}

/** The form under which lines are compared for repeats and counted across an outlet's articles. */
export function boilerplateLineKey(line: string): string {
  return normaliseForComparison(line);
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 ? text.length : newline;
    const end = lineEnd > start && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    lines.push({ text: text.slice(start, end), start, end });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}
