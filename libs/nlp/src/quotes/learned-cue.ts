/**
 * The learned cue: beyond the reporting-verb lexicon, a word right after a subject ("Trump also linked
 * …", "Clinton wants to …") or coordinated with an earlier cue may be an attribution cue. The rules
 * propose such words; a linear model decides from the word, its context and the subject's shape.
 */
import { LinearModel, TrainedWeights } from './linear-model';
import { CLAUSE_CUES, SAY_VERBS, SUBJECT_PRONOUNS } from './lexicon';
import { Token } from './segment';

/** Decides on a candidate; training passes one that records every candidate and accepts it. */
export interface CueJudge {
  /** Cheap test run on every lower-case word before anything else. */
  considers(word: string): boolean;
  accept(features: string[], cueIndex: number): boolean;
}

export interface LearnedCueFile extends TrainedWeights {
  /** Stems seen as a right cue in training: only these are scored, which keeps the pass cheap. */
  stems: string[];
}

/** Crude lemma without a regex (it runs on every word): "linked", "links", "linking" share "link". */
export function stem(w: string): string {
  if (w.endsWith('ing')) return w.slice(0, -3);
  if (w.endsWith('ed') || w.endsWith('es')) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Every word whose stem is `s`, so that the per-word test is one lookup of the word itself. */
export const formsOf = (s: string): string[] => [s, s + 's', s + 'es', s + 'ed', s + 'ing'].filter((w) => stem(w) === s);

export class LearnedCue implements CueJudge {
  private readonly words: Set<string>;
  private readonly model: LinearModel;

  constructor(file: LearnedCueFile) {
    this.words = new Set(file.stems.flatMap(formsOf));
    this.model = new LinearModel(file.weights, file.bias);
  }

  considers(word: string): boolean {
    return this.words.has(word);
  }

  accept(features: string[]): boolean {
    return this.model.score(features) > 0;
  }
}

const MIN_CUE_LENGTH = 3;
const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 12 ? '7-12' : '13+');

/** A lower-case word the judge considers. */
export function mayBeLearnedCue(text: string, t: Token, judge: CueJudge): boolean {
  if (t.kind !== 'word' || t.low.length < MIN_CUE_LENGTH || !judge.considers(t.low)) return false;
  const c = text.charCodeAt(t.start);
  return c >= 97 && c <= 122;
}

const shape = (text: string, t: Token | undefined): string => {
  if (!t) return 'none';
  if (t.kind !== 'word') return t.low;
  if (SUBJECT_PRONOUNS.has(t.low)) return t.low;
  return /\p{Lu}/u.test(text[t.start]) ? 'Cap' : /\d/.test(t.low) ? 'num' : 'low';
};

/** Features of the word at i as a cue whose subject is `subject` (null for a coordinated cue). */
export function cueFeatures(text: string, toks: Token[], i: number, subject: [number, number] | null, quoted: boolean): string[] {
  const w = toks[i].low;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const next2 = toks[i + 2];
  const head = subject ? toks[subject[0]] : undefined;
  let thatSoon = false;
  for (let k = i + 1; k < toks.length && k <= i + 4; k++) if (toks[k].low === 'that' || toks[k].low === ':') thatSoon = true;
  const subj = subject ? (SUBJECT_PRONOUNS.has(head!.low) ? head!.low : shape(text, head)) : 'coord';
  const n = next?.kind === 'word' ? (/\p{Lu}/u.test(text[next.start]) ? 'Cap' : next.low) : (next?.low ?? 'END');
  return [
    `w=${w}`, `st=${stem(w)}`, `s3=${w.slice(-3)}`, `s2=${w.slice(-2)}`,
    `p=${prev?.low ?? 'BOS'}`, `ps=${shape(text, prev)}`,
    `n=${n}`, `nn=${n}|${shape(text, next2)}`, `wn=${stem(w)}|${n}`,
    `subj=${subj}`, `subjlen=${subject ? bucket(subject[1] - subject[0]) : 0}`, `ws=${stem(w)}|${subj}`,
    `that=${thatSoon}`, `lex=${SAY_VERBS.has(w)}`, `clause=${CLAUSE_CUES.has(w)}`,
    `q=${quoted}`, `pos=${bucket(i)}`, `left=${bucket(toks.length - i)}`,
  ];
}
