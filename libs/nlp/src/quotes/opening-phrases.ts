/**
 * A sentence's opening phrase before "…, X said" is the writer's setting, not what was said: "During his
 * months as mayor, Ms. Whitfield said, …", "Nonetheless, I write …". Such a region holds no clause.
 */
import type { Attribution } from './attribution-record';
import { Token } from './segment';
import { TIME_WORDS, forms, isAdverb, isPunct, isWord } from './token-shapes';

/** Prepositions that open a setting: "At the debate,", "During the primary,", "Despite the tests,". */
const SETTING_PREPOSITIONS = new Set(forms('at during despite after before since amid following throughout'));
/** Words that make a clause of the region: "After the vote was held, …". */
const CLAUSE_WORDS = new Set(forms('is are was were has have had will would can could do does did he she they we i it'));
/** Connectives that make up a whole opening: "Nonetheless,", "After all,". */
const CONNECTIVES = new Set(forms('nonetheless nevertheless however meanwhile moreover instead still yet indeed besides after all also'));
/** Words of a time phrase beyond the month and day names: "A few weeks earlier,". */
const TIME_EXTRAS = new Set(forms('a the few several ago earlier later just only two three on in'));
/** A setting longer than this is read as content. */
const MAX_SETTING_TOKENS = 12;

function isSetting(text: string, toks: Token[], [from, to]: [number, number]): boolean {
  if (to - from > MAX_SETTING_TOKENS || to <= from) return false;
  for (let k = from; k < to; k++) {
    // "On Thursday, however,": a comma only before a closing connective
    const connectiveComma = isPunct(toks[k], ',') && k === to - 2 && CONNECTIVES.has(toks[k + 1].low);
    if ((!isWord(toks[k]) && !isPunct(toks[k], '’\'.') && !connectiveComma) || CLAUSE_WORDS.has(toks[k].low)) return false;
  }
  if (SETTING_PREPOSITIONS.has(toks[from].low)) return true;
  // "Nonetheless,", "A few weeks earlier,", "Last year,"
  for (let k = from; k < to; k++) if (isWord(toks[k]) && !CONNECTIVES.has(toks[k].low) && !isAdverb(text, toks[k]) && !TIME_WORDS.has(toks[k].low) && !TIME_EXTRAS.has(toks[k].low) && !/^\d/.test(toks[k].low)) return false;
  return true;
}

/** A content-before-the-speaker that is only the sentence's setting gives way to the rest of the sentence, if any. */
export function dropSettings(text: string, toks: Token[], found: Attribution[]): void {
  for (const a of found) {
    if (!a.contentFirst || !a.content || a.content[0] !== 0 || !isSetting(text, toks, a.content)) continue;
    a.content = a.tail;
    a.tail = null;
  }
}
