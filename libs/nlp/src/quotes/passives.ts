/**
 * Passive attributions: "The licensing dispute was initially reported by The Daily Ledger", "Her views were
 * echoed by several budget analysts". The subject is what was said; the agent after "by" said it.
 */
import type { Attribution } from './attribution';
import { regionStart } from './content-ends';
import { Token } from './segment';
import { DETERMINERS } from './lexicon';
import { accordingToSource } from './speaker-phrases';
import { MAX_GAP_TOKENS, forms, isAdverb, isPunct, isUpper, isWord } from './token-shapes';

const PASSIVE_AUXILIARIES = new Set(forms('is are was were be been being'));
/** Participles of cue verbs that are not formed with -ed. */
const IRREGULAR_PARTICIPLES = new Set(forms('said told written thought seen known spoken'));
/** Where a subject clause starts when walking left: "…, which was first reported by …" starts at "which". */
const SUBJECT_BOUNDARIES = new Set(forms('that which and but because while when although though'));
/** How far back the subject may start. */
const MAX_SUBJECT_TOKENS = 30;

/** Quantities that open an agent: "by dozens of papers", "by far fewer publications", "by 42 percent of voters". */
const AGENT_QUANTIFIERS = new Set(forms('dozens hundreds thousands millions many few far fewer more most several'));

/** The agent at k counts people or things that speak, not a time or an amount of change ("by 2050", "by 4 points"). */
function countsPeople(toks: Token[], k: number): boolean {
  if (AGENT_QUANTIFIERS.has(toks[k].low)) return isWord(toks[k + 1]);
  return /^\d/.test(toks[k].low) && toks[k + 1]?.low === 'percent' && toks[k + 2]?.low === 'of';
}

export interface PassiveAttribution {
  speaker: [number, number];
  content: [number, number];
}

/** The cue verb at i as a passive with a "by" agent, or null; `found`: the sentence's attributions so far. */
export function passiveAt(text: string, toks: Token[], i: number, found: Attribution[]): PassiveAttribution | null {
  const cue = toks[i].low;
  if (!cue.endsWith('ed') && !IRREGULAR_PARTICIPLES.has(cue)) return null;
  let aux = i - 1;
  while (aux > i - MAX_GAP_TOKENS && isWord(toks[aux]) && (isAdverb(text, toks[aux]) || toks[aux].low === 'first' || toks[aux].low === 'also' || toks[aux].low === 'not')) aux--;
  if (!isWord(toks[aux]) || !PASSIVE_AUXILIARIES.has(toks[aux].low)) return null;
  let by = i + 1;
  while (by < i + MAX_GAP_TOKENS && isWord(toks[by]) && isAdverb(text, toks[by])) by++;
  if (toks[by]?.low !== 'by') return null;
  const agent = toks[by + 1];
  if (!isWord(agent) || !(isUpper(text, agent) || DETERMINERS.has(agent.low) || countsPeople(toks, by + 1))) return null;
  const speaker = accordingToSource(toks, by + 1);
  if (!speaker) return null;
  const from = regionStart(found);
  // "Trump, meanwhile, is supported by …": the aside between the subject and its verb is not subject
  const subjectEnd = isAside(text, toks, aux) ? aux - 3 : aux;
  let start = subjectEnd;
  while (start > from && start > aux - MAX_SUBJECT_TOKENS && !isPunct(toks[start - 1], ',;:') && !SUBJECT_BOUNDARIES.has(toks[start - 1].low) && toks[start - 1].kind !== 'quote') start--;
  // the auxiliary's own "has been" is not subject
  let end = subjectEnd;
  while (end > start && (toks[end - 1].low === 'has' || toks[end - 1].low === 'have' || toks[end - 1].low === 'had')) end--;
  return end > start ? { speaker, content: [start, end] } : null;
}

/** Connectives set off by commas between a subject and its verb. */
const ASIDE_WORDS = new Set(forms('meanwhile however too also though instead therefore'));

/** ", meanwhile," right before the auxiliary at aux. */
const isAside = (text: string, toks: Token[], aux: number): boolean =>
  isPunct(toks[aux - 1], ',') && isPunct(toks[aux - 3], ',') && isWord(toks[aux - 2]) && (ASIDE_WORDS.has(toks[aux - 2].low) || isAdverb(text, toks[aux - 2]));
