/**
 * Quote marks around a title rather than words someone said: a show (“Face the Nation”), a song, a book
 * chapter or a section heading. Titles are short and capitalise every content word.
 */

/** Longer quoted spans are read as speech whatever their capitals (also bounds the scan). */
const MAX_TITLE_CHARS = 60;
/** Words this short may stay lower case inside a title ("Legend in the Coal Fields") and do not make one. */
const MAX_MINOR_WORD = 3;
/** How far back the word before an opening mark is looked for. */
const MAX_LOOK_BACK = 24;

/** Verbs whose quoted object is a name the speaker gave or a song they sang: called it “Mostly True”. */
const NAMING_VERBS = new Set(
  'call calls called calling label labels labeled labelled labeling dub dubs dubbed name names named term termed brand branded sing sings sang singing chant chants chanted chanting'.split(' '),
);

const isUpperAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text[i]);
};
const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /\p{L}/u.test(text[i]);
};

/**
 * text[start, end) reads as a title: it opens with a capital, has no inner punctuation, and every word of
 * four letters or more is capitalised, at least two of them.
 */
export function isQuotedTitle(text: string, start: number, end: number): boolean {
  while (end > start && isTrailing(text.charCodeAt(end - 1))) end--;
  if (end - start > MAX_TITLE_CHARS || !isUpperAt(text, start)) return false;
  let capitalised = 0;
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i);
    if (isInnerPunctuation(c)) return false;
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && !isWordEnd(text.charCodeAt(j))) j++;
    if (j - i > MAX_MINOR_WORD) {
      if (!isUpperAt(text, i)) return false;
      capitalised++;
    }
    i = j;
  }
  return capitalised >= 2;
}

/** Space, comma or full stop closing the quoted span: “Fox News Sunday,”. */
const isTrailing = (c: number): boolean => c === 32 || c === 44 || c === 46 || (c >= 9 && c <= 13);
/** , . ; : ! ? ( ) " “ ” inside: a sentence or a list, not a title. */
const isInnerPunctuation = (c: number): boolean =>
  c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d;
const isWordEnd = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || isInnerPunctuation(c);

/** The word right before an opening mark is a naming verb: "labeled it “Mostly True”" keeps its quote. */
export function followsNamingVerb(text: string, open: number): boolean {
  let end = open;
  const floor = Math.max(0, open - MAX_LOOK_BACK);
  while (end > floor && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > floor && isLetterAt(text, start - 1)) start--;
  // "called it “…”", "dubbed him “…”": one pronoun may sit between the verb and the quote
  const word = text.slice(start, end).toLowerCase();
  if (NAMING_VERBS.has(word)) return true;
  if (word !== 'it' && word !== 'him' && word !== 'her' && word !== 'them') return false;
  return followsNamingVerb(text, start);
}
