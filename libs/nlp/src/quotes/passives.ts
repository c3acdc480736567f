/**
 * Passive attributions: "The licensing dispute was initially reported by The Daily Ledger", "Her views were
 * echoed by several budget analysts". The subject is what was said; the agent after "by" said it.
 */
import type { Attribution } from './attribution-record';
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

/** "is quoted as saying", "was heard telling": the subject of the passive speaks after all. */
const SPEAKING_AFTER_PASSIVE = new Set(forms('saying telling'));

/** The passive auxiliary of the participle at i ("was", "has been widely", "were not"), or -1. */
function passiveAuxiliary(text: string, toks: Token[], i: number): number {
  const cue = toks[i].low;
  if (!cue.endsWith('ed') && !IRREGULAR_PARTICIPLES.has(cue)) return -1;
  let aux = i - 1;
  while (aux > i - MAX_GAP_TOKENS && isWord(toks[aux]) && (isAdverb(text, toks[aux]) || toks[aux].low === 'first' || toks[aux].low === 'also' || toks[aux].low === 'not')) aux--;
  return isWord(toks[aux]) && PASSIVE_AUXILIARIES.has(toks[aux].low) ? aux : -1;
}

/** The first token after `from` that is not an adverb. */
function pastAdverbs(text: string, toks: Token[], from: number): number {
  let k = from;
  while (k < from + MAX_GAP_TOKENS - 1 && isWord(toks[k]) && isAdverb(text, toks[k])) k++;
  return k;
}

/**
 * "Trump is expected to unveil …", "Lewandowski was dismissed on Monday", "Sanders was written off as …":
 * a passive cue (its first token at i, its end at cueEnd) without a "by" agent. Its subject is what was
 * acted on, never who spoke; "X is quoted as saying" and "X was heard telling …" still name the speaker.
 */
export function agentlessPassive(text: string, toks: Token[], i: number, cueEnd: number): boolean {
  if (passiveAuxiliary(text, toks, i) < 0) return false;
  const k = pastAdverbs(text, toks, cueEnd);
  const next = toks[k];
  if (!isWord(next)) return true;
  if (next.low === 'by' || SPEAKING_AFTER_PASSIVE.has(next.low)) return false;
  return !(next.low === 'as' && SPEAKING_AFTER_PASSIVE.has(toks[k + 1]?.low ?? ''));
}

/** The cue verb at i as a passive with a "by" agent, or null; `found`: the sentence's attributions so far. */
export function passiveAt(text: string, toks: Token[], i: number, found: Attribution[]): PassiveAttribution | null {
  const aux = passiveAuxiliary(text, toks, i);
  if (aux < 0) return null;
  const by = pastAdverbs(text, toks, i + 1);
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
