/**
 * Character classes of UTF-16 code units, looked up in a table filled on first use from the Unicode
 * regexes, so hot loops avoid the regex engine yet agree with \p{L}, \p{N} and \s exactly.
 */
export const LETTER = 1;
export const DIGIT = 2; // \p{N}: any numeric character, not only 0-9
export const SPACE = 3; // \s
export const OTHER = 4;
/** Half of a surrogate pair: its class depends on the other half, so callers defer to a regex. */
export const SURROGATE = 5;
export const END = 6;

const UNKNOWN = 0;
const CLASS_OF = new Uint8Array(0x10000);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const k = c >= 0xd800 && c <= 0xdfff ? SURROGATE
    : /\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? DIGIT : /\s/u.test(ch) ? SPACE : OTHER;
  CLASS_OF[c] = k;
  return k;
}

/** The class of the code unit at `i`, END past the text. */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return END;
  const c = text.charCodeAt(i);
  const k = CLASS_OF[c];
  return k === UNKNOWN ? classify(c) : k;
}

export const isLetterOrDigit = (k: number) => k === LETTER || k === DIGIT;
