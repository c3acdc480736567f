/**
 * Pairs quote marks in one linear pass. Handles curly, straight, doubled-single ('') and single marks,
 * missing spaces around marks, and quotes running over several paragraphs (each paragraph reopens the
 * mark). Single marks inside a double quote are nested speech and are not paired.
 */
export interface QuoteMarks {
  /** Index of the opening mark. */
  open: number;
  /** First character inside the marks. */
  start: number;
  /** End of the quoted text (the closing mark's index). */
  end: number;
  /** Index just past the closing mark. */
  close: number;
  double: boolean;
}

/** "WALLACE: …" after a straight mark that opens a transcript line and never closes: a label, not a quote. */
const TRANSCRIPT_LABEL = /^[A-Z][A-Z.' -]{1,30}:/;
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const OPENERS_BEFORE = /[\s([{\u2014\u2013\-/:;,]/;

/** True when a straight or ambiguous mark at i reads as an opening mark. */
function opensAt(text: string, i: number, width: number): boolean {
  const before = i === 0 ? undefined : text[i - 1];
  const after = text[i + width];
  return (before === undefined || OPENERS_BEFORE.test(before)) && !isSpace(after);
}

export function findQuoteMarks(text: string): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let dOpen = -1; // index of the open double mark
  let dWidth = 1;
  let sOpen = -1; // index of the open single mark
  let reopening = false; // the open double quote continues in the next paragraph, whose first mark reopens it
  let lineStart = 0;
  const markRe = /''|["“”„«»‘’'\n]/g;
  for (let m = markRe.exec(text); m !== null; m = markRe.exec(text)) {
    const i = m.index;
    const mark = m[0];
    if (mark === '\n') {
      sOpen = -1;
      lineStart = i + 1;
      if (dOpen >= 0 && !reopening) {
        if (reopensNextParagraph(text, i)) reopening = true;
        else dOpen = -1;
      }
      continue;
    }
    if (i === lineStart && mark === '"' && TRANSCRIPT_LABEL.test(text.slice(i + 1, i + 40))) continue;
    if (reopening) {
      reopening = false;
      continue;
    }
    if (mark === '“' || mark === '„' || mark === '«') {
      if (dOpen < 0 || dOpen >= lineStart) {
        dOpen = i; // an unclosed mark on this line starts again here
        dWidth = 1;
      }
      sOpen = -1;
      continue;
    }
    if (mark === '”' || mark === '»' || mark === '"' || mark === "''") {
      if (dOpen >= 0) {
        out.push({ open: dOpen, start: dOpen + dWidth, end: i, close: i + mark.length, double: true });
        dOpen = -1;
      } else if (opensAt(text, i, mark.length)) {
        dOpen = i;
        dWidth = mark.length;
        sOpen = -1;
      }
      continue;
    }
    if (dOpen >= 0) continue; // nested speech inside a double quote
    if (mark === '‘' || (mark === "'" && sOpen < 0)) {
      if (opensAt(text, i, 1)) sOpen = i;
      continue;
    }
    // ’ or ' that may close: an apostrophe has a letter right after it (it’s, Belarus’s)
    if (sOpen >= 0 && !isLetter(text[i + 1]) && !isSpace(text[i - 1])) {
      out.push({ open: sOpen, start: sOpen + 1, end: i, close: i + 1, double: false });
      sOpen = -1;
    }
  }
  return out;
}

/** A quote still open at a paragraph end continues when the next non-empty paragraph opens with a mark. */
function reopensNextParagraph(text: string, newline: number): boolean {
  let j = newline + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j++;
  if (text[j] === '"' && TRANSCRIPT_LABEL.test(text.slice(j + 1, j + 40))) return false;
  return text[j] === '“' || text[j] === '"' || (text[j] === "'" && text[j + 1] === "'");
}
