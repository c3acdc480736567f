/**
 * Cue forms beyond a reporting verb with its subject: a copula with a stance adjective, an impersonal
 * "it is clear that", a participle or "Asked about …," opening the sentence, a verb's governed preposition,
 * a title-case headline, and the shapes around a cue that say nothing was said (only a listener) or where
 * a quote opens after an aside.
 */
import { Attribution, attribution } from './attribution-record';
import { AFTER_CUE_SKIP, COPULAS, SAY_VERBS, STANCE_ADJECTIVES, STANCE_COMPLEMENTS } from './lexicon';
import { Token } from './segment';
import { clauseOpeningSubject, speakerRight } from './speaker-phrases';
import { INVERTED_CUES, MAX_GAP_TOKENS, forms, isAdverb, isInitialDot, isPunct, isUpper, isWord } from './token-shapes';

/** Degree words between a copula and its adjective: "are increasingly wary of", "was not happy about". */
export const DEGREE_WORDS = new Set(forms('very too so more less quite not also still all both deeply increasingly especially particularly'));

/** "Republicans are skeptical of …": the copula at i with a stance adjective and its complement, or null. */
export function stanceAdjective(text: string, toks: Token[], i: number): [number, number] | null {
  let k = i + 1;
  while (k < i + MAX_GAP_TOKENS && isWord(toks[k]) && (DEGREE_WORDS.has(toks[k].low) || isAdverb(text, toks[k]))) k++;
  if (!isWord(toks[k]) || !STANCE_ADJECTIVES.has(toks[k].low) || !STANCE_COMPLEMENTS.has(toks[k + 1]?.low ?? '')) return null;
  return [i, k + 1];
}

/** Most words capitalised: a headline in title case ("Christie Calls Clinton ‘A Disgrace’"). */
export function isTitleCase(text: string, toks: Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of toks) {
    if (t.kind !== 'word' || t.low.length < 4) continue;
    words++;
    if (isUpper(text, t)) upper++;
  }
  return upper * 2 > words;
}

/** Adjectives of an impersonal stance: "it is clear that …", "it was unclear whether …". */
const IMPERSONAL_ADJECTIVES = new Set(forms('clear unclear obvious evident apparent likely unlikely possible certain uncertain doubtful true plausible'));

/** "It was unclear whether the panel would decide …", "it appeared that the mayor was unable …": a stance with no source. */
export function impersonalAt(text: string, toks: Token[], i: number): Attribution | null {
  let k = i + 1;
  if (!isWord(toks[k]) || !COPULAS.has(toks[k].low)) return null;
  k++;
  while (k < i + MAX_GAP_TOKENS && isWord(toks[k]) && (DEGREE_WORDS.has(toks[k].low) || isAdverb(text, toks[k]))) k++;
  if (isWord(toks[k]) && IMPERSONAL_ADJECTIVES.has(toks[k].low)) k++;
  else if (!/^(seem|seems|seemed|appear|appears|appeared)$/.test(toks[k - 1].low)) return null;
  const intro = toks[k];
  if (!isWord(intro) || !(intro.low === 'that' || intro.low === 'whether' || intro.low === 'if') || !isWord(toks[k + 1])) return null;
  return attribution(null, [i, k], [intro.low === 'that' ? k + 1 : k, toks.length], false);
}

/** How far an opening participle's content may run to its comma. */
const MAX_OPENING_CONTENT_TOKENS = 40;
/** "Speaking at a fair in Dayton, Ortega said …": the setting of the statement, not what was said. */
const SETTING_PARTICIPLES = new Set(forms('speaking talking writing addressing responding replying testifying'));
/** Words before a participle that opens a sentence: "After saying her foot was swollen, she …". */
const PARTICIPLE_OPENERS = new Set(forms('after before while when by in'));

/**
 * "Claiming the criticism is designed to pressure moderators, Trump told Fox …": a participle opening the
 * sentence reports what the subject after its comma said.
 */
export function openingParticiple(text: string, toks: Token[], i: number): Attribution | null {
  if ((i === 1 && !PARTICIPLE_OPENERS.has(toks[0].low)) || SETTING_PARTICIPLES.has(toks[i].low)) return null;
  for (let c = i + 2; c < toks.length && c <= i + MAX_OPENING_CONTENT_TOKENS; c++) {
    if (isPunct(toks[c], '.;?!')) return null;
    if (!isPunct(toks[c], ',')) continue;
    const speaker = clauseOpeningSubject(text, toks, c + 1);
    if (!speaker) continue;
    const from = toks[i + 1].low === 'that' ? i + 2 : i + 1;
    return attribution(speaker, [i, i + 1], [from, c], true);
  }
  return null;
}

/**
 * Cues whose object follows a preposition that elsewhere ends the clause ("said on Monday", "said in a
 * statement"): "commented on the mayor’s exit", "believe in the common decency of …", "hinted at a deal".
 */
const PARTICLE_CUE_STEMS: Record<string, string[]> = {
  on: forms('comment insist focus reflect elaborate weigh dwell touch remark report testif expound agree harp'),
  in: forms('believ'),
  at: forms('hint marvel balk bristl scoff jab lash laugh point'),
};

/** The cue words of PARTICLE_CUE_STEMS, by particle, so that the test is one lookup. */
const PARTICLE_CUES_BY_PARTICLE = new Map(
  Object.entries(PARTICLE_CUE_STEMS).map(([particle, stems]) => [particle, new Set([...SAY_VERBS].filter((w) => stems.some((stem) => w.startsWith(stem))))]),
);

export const takesParticle = (cue: string, particle: string): boolean => PARTICLE_CUES_BY_PARTICLE.get(particle)?.has(cue) ?? false;

/** How far after "he said" a quote may open: "she said in a phone interview on Sunday, “…”". */
const MAX_ASIDE_TOKENS = 12;

/** The index of a quote opened after a comma or colon within a short aside from `from`, else -1. */
export function quoteAfterAside(toks: Token[], from: number): number {
  for (let k = from + 1; k < toks.length && k <= from + MAX_ASIDE_TOKENS; k++) {
    if (toks[k].kind === 'quote') return isPunct(toks[k - 1], ',:') ? k : -1;
    if (isPunct(toks[k], '.;?!') || (isWord(toks[k]) && SAY_VERBS.has(toks[k].low))) return -1;
  }
  return -1;
}

/** Words of a listener and its time: "Dana Pruett of Channel 9 News this week", "the group on Monday". */
const LISTENER_WORDS = new Set(forms('the a an of him her them us me reporters audience crowd group this last on week'));

const MAX_LISTENER_TOKENS = 12;

/** Whether the rest of the sentence from `from` is just who was told (and when). */
export function onlyListener(text: string, toks: Token[], from: number): boolean {
  const k = listenerEnd(text, toks, from);
  return k > from && (k === toks.length || isPunct(toks[k], '.!?'));
}

/** Past who was told and when: "told Dana Pruett of Channel 9 News this week". */
function listenerEnd(text: string, toks: Token[], from: number): number {
  let k = from;
  while (k < toks.length && k < from + MAX_LISTENER_TOKENS && isWord(toks[k]) && (isUpper(text, toks[k]) || LISTENER_WORDS.has(toks[k].low) || AFTER_CUE_SKIP.has(toks[k].low) || isInitialDot(toks, k))) k++;
  return k;
}

/**
 * "Asked about Ruiz's declaration that the fire had been arson, Ortega said …": the question put to the speaker,
 * whose answer the main clause reports; the question has no source in the text.
 */
export function askedOpening(toks: Token[], i: number): Attribution | null {
  if (i !== 0 || toks[0].low !== 'asked' || !isWord(toks[1])) return null;
  const from = toks[1].low === 'about' ? 2 : 1;
  for (let c = from + 1; c < toks.length && c <= MAX_OPENING_CONTENT_TOKENS; c++) {
    if (isPunct(toks[c], '.;?!')) return null;
    if (isPunct(toks[c], ',')) return attribution(null, [0, from], [from, c], false);
  }
  return null;
}

/** "Said Ellis: “…”": a sentence that opens with the cue, then the speaker and a colon or comma before the quote. */
export function invertedOpening(text: string, toks: Token[]): Attribution | null {
  if (!isWord(toks[0]) || !INVERTED_CUES.has(toks[0].low) || !isUpper(text, toks[0])) return null;
  const speaker = speakerRight(text, toks, 1);
  if (!speaker || !isPunct(toks[speaker[1]], ':,') || toks[speaker[1] + 1]?.kind !== 'quote') return null;
  return attribution(speaker, [0, 1], [speaker[1] + 1, toks.length], false);
}
