/**
 * Nominal attributions: a possessor and a noun that reports what they said or hold ("his claim that …",
 * "Mrs. Clinton's plan to …", "Trump's obsession with …"), PARC's nominal cues.
 */
import { DETERMINERS, NP_STOP, POSSESSIVES } from './lexicon';
import { Token } from './segment';
import { isPossessive, possessor, speakerLeft } from './speaker-phrases';
import { MAX_CONTENT_TOKENS, forms, isAdverb, isPunct, isUpper, isWord } from './token-shapes';

/** Nouns of saying, stance and intention. */
export const NOUN_CUES = new Set(
  forms(`claim claims assertion assertions argument arguments belief beliefs view views position promise promises pledge pledges
  vow vows plan plans proposal proposals call calls demand demands decision determination desire intention intentions insistence
  warning warnings suggestion contention allegation allegations accusation accusations hope hopes fear fears concern concerns
  criticism criticisms complaint complaints threat threats vision announcement statement statements remark remarks comment
  comments message assessment conclusion estimate estimates prediction predictions forecast opinion opinions theory idea ideas
  refusal admission denial suspicion expectation expectations assurance assurances reaction response explanation
  obsession adulation praise opposition endorsement rejection acknowledgment emphasis eagerness reluctance willingness
  commitment stance attitude description characterization`),
);

/** What introduces the content of a nominal cue. */
const COMPLEMENTS = new Set(forms('that to of about on with for against'));

/** Modifiers allowed between the possessor and the noun: "his infamous comment", "Tulsa police’s earlier claim". */
const MAX_MODIFIERS = 2;

export interface NominalAttribution {
  speaker: [number, number];
  cue: [number, number];
  content: [number, number];
}

/** The nominal attribution whose noun is token k (a word of NOUN_CUES), or null. */
export function nominalAt(text: string, toks: Token[], k: number): NominalAttribution | null {
  const marker = toks[k + 1];
  const first = toks[k + 2];
  if (!isWord(marker) || !COMPLEMENTS.has(marker.low) || !isWord(first)) return null;
  // "his plan to cut taxes" is an intention, "Clinton's statements to the FBI" a listener
  if (marker.low === 'to' && (isUpper(text, first) || DETERMINERS.has(first.low))) return null;
  let i = k - 1;
  while (i >= k - MAX_MODIFIERS && isWord(toks[i]) && !POSSESSIVES.has(toks[i].low) && !isPossessive(toks[i]) && !NOUN_CUES.has(toks[i].low) && !NP_STOP.has(toks[i].low) && !isUpper(text, toks[i])) i--;
  const owner = toks[i];
  const owned = isWord(owner) && (POSSESSIVES.has(owner.low) || isPossessive(owner));
  if (!owned) return null;
  const pronoun = POSSESSIVES.has(owner.low);
  const speaker = pronoun ? pronounOwner(text, toks, i) : possessor(text, toks, i);
  if (!speaker) return null;
  const from = marker.low === 'to' ? k + 1 : k + 2;
  return { speaker, cue: [k, k + 1], content: [from, complementEnd(toks, from, marker.low === 'that')] };
}

/** "Ortega keeps up his praise of the governor": after a verb, the pronoun is its subject's, who holds the stance. */
function pronounOwner(text: string, toks: Token[], i: number): [number, number] {
  const verb = toks[i - 1];
  const verbLike = isWord(verb) && !isUpper(text, verb) && /(s|ed|ing)$/.test(verb.low) && !NP_STOP.has(verb.low) && !isAdverb(text, verb);
  return (verbLike ? speakerLeft(text, toks, i - 1) : null) ?? [i, i + 1];
}

/** Finite verbs that take over from a nominal's complement: "his determination to act alone was …". */
const FINITE = new Set(forms('is was are were has have had will would could can may might should must did does do'));

/** Where the complement ends: at a comma, dash or semicolon, and a non-clausal one at the next finite verb. */
function complementEnd(toks: Token[], from: number, clause: boolean): number {
  for (let k = from + 1; k < toks.length && k < from + MAX_CONTENT_TOKENS; k++) {
    if (isPunct(toks[k], ',;—–―(.?!')) return k;
    if (!clause && FINITE.has(toks[k].low)) return k;
  }
  return Math.min(toks.length, from + MAX_CONTENT_TOKENS);
}
