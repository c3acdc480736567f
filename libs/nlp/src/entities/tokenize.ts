/** A token with offsets into the original text (UTF-16 units, end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** True when a line break lies between the previous token and this one. */
  newline: boolean;
}

// Words keep inner hyphens, apostrophes, periods and digit groups, as CoNLL tokens do ("U.S", "Bre-X", "1,000").
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+|(?<=\p{N}),\p{N}+)*|['’][sS](?![\p{L}\p{N}])|n['’]t(?![\p{L}\p{N}])|([^\s\p{L}\p{N}])\1*/guy;
const POSSESSIVE = /['’][sS]$/;
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
// Abbreviations that take their period along ("Mr.", "Inc."), so the period neither ends a sentence nor splits the name.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev',
  'st', 'mt', 'ft', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'dept', 'univ', 'assn', 'cie', 'ag', 'sa', 'nv',
]);

function takesPeriod(word: string): boolean {
  return INITIALS.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Splits text into word and punctuation tokens in one linear pass; possessive "'s" becomes its own token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  let pos = 0;
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff) {
      pos++;
      continue;
    }
    re.lastIndex = pos;
    const m = re.exec(text);
    let start = pos;
    let end = m ? pos + m[0].length : pos + 1;
    const newline = hasNewline(text, last, start) || tokens.length === 0;
    let word = text.slice(start, end);
    if (m && text.charCodeAt(end) === 46 && /\p{L}$/u.test(word) && takesPeriod(word)) {
      end++;
      word += '.';
    }
    if (word.length > 2 && POSSESSIVE.test(word) && /[\p{L}\p{N}]/u.test(word[0])) {
      tokens.push({ text: word.slice(0, -2), start, end: end - 2, newline });
      tokens.push({ text: word.slice(-2), start: end - 2, end, newline: false });
    } else {
      tokens.push({ text: word, start, end, newline });
    }
    last = end;
    pos = end;
  }
  return tokens;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
