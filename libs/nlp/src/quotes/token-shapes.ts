import { NP_STOP, SAY_VERBS } from './lexicon';
import { Token } from './segment';

/** Limits, word lists and token predicates that speaker finding and content finding share. */
export const forms = (list: string): string[] => list.split(/\s+/).filter(Boolean);

export const MAX_SPEAKER_TOKENS = 8;
/** How many earlier attributions of a sentence a new one is checked against: keeps the pass linear. */
export const LOOK_BACK = 4;
/** "(D-Wis.)", "(R)": a party and state after a name. */
export const MAX_AFFILIATION_TOKENS = 6;
/** Reported content longer than this (no sentence end in sight) is cut: it bounds the output per cue. */
export const MAX_CONTENT_TOKENS = 300;
/** How many adverbs or auxiliaries a cue's lookaround passes over: keeps each lookaround O(1). */
export const MAX_GAP_TOKENS = 6;
/** Titles and name parts written with a period ("Sen.", "Jr."): the period neither ends a sentence nor a speaker. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'sens', 'rep', 'reps', 'rev', 'hon', 'st', 'gen', 'adm', 'maj', 'sgt', 'capt', 'prof', 'lt', 'col', 'jr', 'sr', 'atty', 'supt']);

export const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'since', 'until', 'by']);
export const TIME_WORDS = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday week weekend month year night morning afternoon evening day days weeks months years
  early late mid last this past recent`.split(/\s+/),
);
/** Every word of [from, to) is a time word or a number: "late August", "2012", "the past week". */
export const isTimePhrase = (toks: Token[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (!(TIME_WORDS.has(toks[k].low) || /^\d/.test(toks[k].low) || toks[k].low === 'the')) return false;
  return true;
};
export const CONTRACTED_SUBJECTS = new Set(['he', 'she', 'it', 'that', 'what', 'there', 'who', 'here', 'where']);
/** Prepositions inside a speaker phrase: "a spokesman for Z", "Experts on North Korea", "Those close to him". */
export const NP_PREPOSITIONS = new Set(['of', 'for', 'on', 'in']);
/** Cues whose "to" names the listener ("said to reporters"), not what was said. */
export const SPEECH_TO_LISTENER = new Set(['say', 'says', 'said', 'saying', 'add', 'adds', 'added', 'adding', 'explain', 'explains', 'explained', 'write', 'writes', 'wrote', 'note', 'notes', 'noted']);
/** Words after which a speaker phrase after its cue may go on with a modifier. */
export const SPEAKER_MODIFIERS = new Set(['in', 'on', 'at', 'from', 'with', 'who', 'whose', 'which']);
/** The writer's adjunct after an inverted speaker: "…,” said Ms. Ortiz as she left the hearing. */
export const ADJUNCT_OPENERS = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'during', 'since']);
/** Cues that are inverted with their speaker ("said Ms. Ortiz"); after others "Ortiz as …" is an object. */
export const INVERTED_CUES = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'explained', 'noted', 'continued']);
export const CONTINUE_FORMS = new Set(['continued', 'continues']);
/** A quote ends right before the subject of the cue at i: "“…,” she continued". */
export const quoteBefore = (toks: Token[], i: number): boolean => toks[i - 2]?.kind === 'quote' || (isPunct(toks[i - 2], ',') && toks[i - 3]?.kind === 'quote');
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
export const isUpper = (text: string, t: Token): boolean => {
  const c = text.charCodeAt(t.start);
  if (c < 128) return c >= 65 && c <= 90;
  return /\p{Lu}/u.test(text[t.start]);
};
export const isPunct = (t: Token | undefined, chars: string): boolean => t !== undefined && t.kind === 'punct' && chars.includes(t.low);
/** Nouns that end like adverbs: "The family said", "a Trump ally said". */
const LY_NOUNS = new Set(forms('family ally assembly rally supply reply anomaly monopoly bully'));
export const isAdverb = (text: string, t: Token): boolean => t.low.length > 4 && t.low.endsWith('ly') && !isUpper(text, t) && !LY_NOUNS.has(t.low);

/** A word of a speaker phrase; a capitalised cue word is part of a name ("the Commission on Presidential Debates"). */
export const isNameWord = (text: string, toks: Token[], k: number): boolean =>
  isWord(toks[k]) && !NP_STOP.has(toks[k].low) && (!SAY_VERBS.has(toks[k].low) || isUpper(text, toks[k]));
/** The dot of "Mr." or "R." inside a name. */
export const isInitialDot = (toks: Token[], k: number): boolean =>
  toks[k]?.low === '.' && isWord(toks[k - 1]) && (TITLE_ABBREVIATIONS.has(toks[k - 1].low) || toks[k - 1].low.length === 1 || toks[k - 1].low.includes('.'));
