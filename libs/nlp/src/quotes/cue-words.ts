/**
 * Whether the word at a position opens a cue: a reporting verb in the shape of a verb rather than a noun
 * ("news reports", "the report", "Trump’s plan" are nouns; "A new poll shows that", "all agreed" are verbs),
 * and the few multi-word cues ("went on to say", "pointed out", "made it clear", "as X put it").
 */
import {
  BETWEEN_SUBJECT_AND_CUE, COPULAS, DETERMINERS, NOUN_LIKE_BASE_CUES, NP_STOP, PARTICIPLE_CUES, PERSON_ROLES, SAFE_S_CUES, SAY_VERBS, SPEAKING_BODIES, SUBJECT_PRONOUNS,
} from './lexicon';
import { stanceAdjective } from './cue-forms';
import { Token } from './segment';
import { IRREGULAR_PAST } from './complements';
import { isPossessive } from './speaker-phrases';
import { CONTINUE_FORMS, MAX_GAP_TOKENS, forms, isAdverb, isPunct, isUpper, isWord, quoteBefore } from './token-shapes';

/** "would back", "will demand": a base form after a modal is a verb. */
const MODALS = new Set(forms('would will could can may might should must'));

const WEIGH_FORMS = new Set(forms('weigh weighs weighed weighing'));
const MAKE_FORMS = new Set(forms('make makes made making'));

/** Every word a cue may start with. */
export const CUE_HEADS = new Set([...SAY_VERBS, ...COPULAS, ...WEIGH_FORMS, ...MAKE_FORMS, ...CONTINUE_FORMS, 'went', 'pointed', 'points', 'put', 'puts']);

/** Auxiliaries that make a clause of their own. */
export const FINITE_AUXILIARIES = new Set(forms('is are was were has have had will would can could do does did may might must should'));

/** Determiners that stand alone as a subject: "all agreed", "many said". */
const QUANTIFIERS = new Set(forms('all both many some several most'));
const PAST_TENSE = /ed$|^(said|told|wrote|thought|knew|felt|saw|found|spoke)$/;

/** Words that open a noun phrase object. */
const OBJECT_OPENERS = new Set(forms('the a an his her their its this these those our my your him them us me'));

/** The cue's token range starting at i, or null: a reporting verb, "went on (to say)", "pointed out". */
export function cueAt(text: string, toks: Token[], i: number): [number, number] | null {
  const low = toks[i].low;
  if (!CUE_HEADS.has(low)) return null; // one lookup for the many words that open no cue
  if (low === 'went' && toks[i + 1]?.low === 'on') return toks[i + 2]?.low === 'to' && toks[i + 3]?.low === 'say' ? [i, i + 4] : [i, i + 2];
  if ((low === 'pointed' || low === 'points') && toks[i + 1]?.low === 'out') return [i, i + 2];
  if (WEIGH_FORMS.has(low) && toks[i + 1]?.low === 'in') return [i, i + 2]; // "weighed in on …"
  // "made it clear that …", "makes the case that …"
  if (MAKE_FORMS.has(low)) {
    const k = toks[i + 1]?.low === 'it' ? i + 2 : i + 1;
    if (toks[k]?.low === 'clear') return [i, k + 1];
    if (toks[k]?.low === 'the' && toks[k + 1]?.low === 'case') return [i, k + 2];
    return null;
  }
  if ((low === 'put' || low === 'puts') && toks[i + 1]?.low === 'it' && (isPunct(toks[i + 2], ',.:') || toks[i + 2] === undefined)) return [i, i + 2]; // "as X put it,"
  // "“…,” she continued." and "Caddell continued: …", not "prices continued to rise"
  if (CONTINUE_FORMS.has(low)) return isPunct(toks[i + 1], ':') || quoteBefore(toks, i) || (isPunct(toks[i + 1], ',') && toks[i + 2]?.kind === 'quote') ? [i, i + 1] : null;
  const stance = COPULAS.has(low) ? stanceAdjective(text, toks, i) : null;
  if (stance) return stance;
  if (!SAY_VERBS.has(low)) return null;
  if (toks[i - 1]?.low === 'united') return null; // "the United States"
  // "Having said that, …": a discourse phrase, not an attribution
  if (toks[i - 1]?.low === 'having' && toks[i + 1]?.low === 'that' && isPunct(toks[i + 2], ',')) return null;
  // "news reports suggested": a noun followed by the real cue
  const mayBeNoun = (low.endsWith('s') && !low.endsWith('ss')) || NOUN_LIKE_BASE_CUES.has(low);
  if (mayBeNoun && isWord(toks[i + 1]) && SAY_VERBS.has(toks[i + 1].low) && !PARTICIPLE_CUES.has(toks[i + 1].low)) return null;
  const before = toks[i - 1];
  // "the report" is a noun; "all agreed", "many said" are a quantifier subject's past-tense verb
  if (before && DETERMINERS.has(before.low) && before.low !== 'that' && !(QUANTIFIERS.has(before.low) && PAST_TENSE.test(low))) return null;
  // "disrespectful comments": a plural noun unless a name or pronoun stands before it ("Trump openly admires")
  let s = i - 1;
  while (s > i - MAX_GAP_TOKENS && isWord(toks[s]) && (isAdverb(text, toks[s]) || BETWEEN_SUBJECT_AND_CUE.has(toks[s].low))) s--;
  const subjectEnd = toks[s];
  const namedBefore = isWord(subjectEnd) && (isUpper(text, subjectEnd) || SUBJECT_PRONOUNS.has(subjectEnd.low) || PERSON_ROLES.has(subjectEnd.low) || SPEAKING_BODIES.has(subjectEnd.low));
  // "A new poll shows that …", "The Ortega campaign plans to hire …": a that-clause or an infinitive
  // makes the -s word a verb
  const clauseAfter = (toks[i + 1]?.low === 'that' || (toks[i + 1]?.low === 'to' && low !== 'thanks')) && isWord(toks[i + 2]);
  // "The woman disputes the idea": after a noun, an -s word with an object of its own is a verb
  // ("… and expects them to …": after "and", too, an object makes it the second verb of the subject)
  const objectAfter = (isWord(before) && (!NP_STOP.has(before.low) || before.low === 'and') && OBJECT_OPENERS.has(toks[i + 1]?.low ?? '')) ||
    // "The flyer also mentions Dana Whitfield": a determiner's noun, then an -s word with a name or determiner after it
    (isWord(subjectEnd) && !NP_STOP.has(subjectEnd.low) && DETERMINERS.has(toks[s - 1]?.low ?? '') && isWord(toks[i + 1]) && (isUpper(text, toks[i + 1]) || OBJECT_OPENERS.has(toks[i + 1].low)));
  if (low.endsWith('s') && !low.endsWith('ss') && !SAFE_S_CUES.has(low) && !namedBefore && !clauseAfter && !objectAfter) return null;
  // "Republican claims were rated …", "the council votes broke down": an -s word before an auxiliary or a
  // past form is the subject noun
  const next = toks[i + 1]?.low ?? '';
  if (low.endsWith('s') && !low.endsWith('ss') && (FINITE_AUXILIARIES.has(next) || IRREGULAR_PAST.has(next) || (next.endsWith('ed') && next !== 'need'))) return null;
  // "Trump’s plan", "night’s debate": a possessive makes the word a noun ("he’s said" is a contraction);
  // only "Trump’s claim that …" still reports
  if (isWord(before) && isPossessive(before) && !/(ed|ing)$/.test(low) && toks[i + 1]?.low !== 'that') return null;
  // "Data from the Labor Survey show that …": after a name, a that-clause makes the base form a verb too
  if (NOUN_LIKE_BASE_CUES.has(low) && !(isWord(before) && (SUBJECT_PRONOUNS.has(before.low) || before.low.endsWith('s') || MODALS.has(before.low) || /n[’']t$/.test(before.low) || (clauseAfter && toks[i + 1].low === 'that' && isUpper(text, before))))) return null;
  return [i, i + 1];
}

