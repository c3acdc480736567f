/**
 * The learned recall pass: attributions the rules miss ("complained about X", "accused Y of …", "his
 * vow to …"). Every word left over by the rules whose stem was a cue in training is a candidate; one
 * linear model decides whether it is a cue, a second ranks a few rule-built content spans for it, and
 * the subject mention before it is the source. Which words are cues is learned, not listed.
 */
import { EntityMention } from '../types';
import { trimRegion, turnedDown } from './attribution';
import { Attribution, attribution } from './attribution-record';
import { refusesToSay } from './complements';
import { formsOf, stem } from './learned-cue';
import { LinearModel, TrainedWeights } from './linear-model';
import { POSSESSIVES, SUBJECT_PRONOUNS } from './lexicon';
import { Token } from './segment';
import { speakerLeft } from './speaker-phrases';
import { CUE_HEADS, cueAt } from './cue-words';
import { isPunct, isUpper, isWord } from './token-shapes';

export interface RecallFile {
  /** Stems seen as a gold cue often enough: the cheap prefilter, one set lookup per word. */
  stems: string[];
  cue: TrainedWeights;
  span: TrainedWeights;
  source: TrainedWeights;
}

/** A cue candidate: its token, its subject (token range) and the subject's kind. */
export interface CueCandidate {
  /** The cue's last token, the one scored, and its first ("talked" of "talked about"). */
  cue: number;
  cueStart: number;
  subject: [number, number] | null;
  features: string[];
}

export interface SpanCandidate {
  range: [number, number];
  contentFirst: boolean;
  features: string[];
}

/** A source for a cue; a null range (no source) competes too, so a doubtful source is left out. */
export interface SourceCandidate {
  range: [number, number] | null;
  features: string[];
}

const MIN_CUE_LENGTH = 3;
/** How far before a cue a named subject may stand when the rules' subject finder finds none. */
const MAX_SUBJECT_DISTANCE = 12;
/** How far after the cue "that" may open the clause: "warned Congress on Friday that …". */
const THAT_WINDOW = 5;
/** Prepositions that open a cue's topic or complement ("talked about", "accused of"). */
export const FOLLOWING_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'of', 'on', 'over', 'against', 'for', 'to', 'with', 'as', 'at', 'by', 'from', 'in', 'out', 'up']);

const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 12 ? '7-12' : n <= 25 ? '13-25' : '26+');

/** Entity mentions sorted by start; the ones inside [start, end) found by binary search. */
export function mentionsWithin(mentions: readonly EntityMention[], start: number, end: number): EntityMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let k = lo; k < mentions.length && mentions[k].start < end; k++) out.push(mentions[k]);
  return out;
}

/** A word inside content the rules found: PolNeAR annotates an attribution nested in another's content too. */
export const IN_CONTENT = 1;
/** A word of a cue or speaker the rules found: never a candidate. */
export const USED = 2;

/** What the rules did with each token (0: nothing, IN_CONTENT or USED). */
export function coveredTokens(n: number, found: readonly Attribution[]): Uint8Array {
  const covered = new Uint8Array(n);
  const mark = (r: [number, number] | null | undefined, how: number): void => {
    if (r) for (let k = Math.max(0, r[0]); k < Math.min(n, r[1]); k++) covered[k] = Math.max(covered[k], how);
  };
  for (const a of found) {
    mark(a.content, IN_CONTENT);
    mark(a.tail, IN_CONTENT);
    mark(a.cue, USED);
    mark(a.speaker, USED);
  }
  return covered;
}

const shape = (text: string, t: Token | undefined): string => {
  if (!t) return 'none';
  if (t.kind !== 'word') return t.low;
  if (SUBJECT_PRONOUNS.has(t.low) || POSSESSIVES.has(t.low)) return t.low;
  return isUpper(text, t) ? 'Cap' : /\d/.test(t.low) ? 'num' : 'low';
};

/** A phrase's kind: pronoun, entity type, capitalised or a common noun phrase. */
function kindOf(text: string, toks: Token[], r: [number, number], mentions: readonly EntityMention[]): string {
  const head = toks[r[0]];
  if (SUBJECT_PRONOUNS.has(head.low) || POSSESSIVES.has(head.low)) return 'pron';
  const m = mentions.find((e) => e.start <= toks[r[1] - 1].start && e.end > head.start);
  return m ? m.type : isUpper(text, head) ? 'Cap' : 'np';
}

/** The nearest name or pronoun before token `from` (within `limit` tokens). */
function nearestBefore(toks: Token[], from: number, limit: number, mentions: readonly EntityMention[]): { range: [number, number]; kind: string } | null {
  for (let k = from - 1; k >= 0 && k >= from - limit; k--) {
    const t = toks[k];
    if (t.kind !== 'word') continue;
    if (SUBJECT_PRONOUNS.has(t.low) || POSSESSIVES.has(t.low)) return { range: [k, k + 1], kind: 'pron' };
    const m = mentions.find((e) => e.start <= t.start && e.end > t.start && (e.type === 'PERSON' || e.type === 'ORG'));
    if (m) {
      let a = k;
      while (a > 0 && toks[a - 1].start >= m.start) a--;
      return { range: [a, k + 1], kind: m.type };
    }
  }
  return null;
}

/** The subject of the cue at i and its kind: the rules' subject phrase, else the nearest name or pronoun before it. */
function subjectOf(text: string, toks: Token[], i: number, mentions: readonly EntityMention[]): { range: [number, number] | null; kind: string; near: boolean } {
  const left = speakerLeft(text, toks, i);
  if (left) return { range: left, kind: kindOf(text, toks, left, mentions), near: true };
  const near = nearestBefore(toks, i, MAX_SUBJECT_DISTANCE, mentions);
  return near ? { ...near, near: false } : { range: null, kind: 'none', near: false };
}

/**
 * Who the cue's words belong to: its subject, the speaker of the rule attribution whose content holds
 * it ("…, saying …"), the sentence's first name, a "by" agent after it, or nobody.
 */
export function sourceCandidates(text: string, toks: Token[], cand: CueCandidate, found: readonly Attribution[], mentions: readonly EntityMention[]): SourceCandidate[] {
  const i = cand.cue;
  const st = stem(toks[i].low);
  const raw: Array<[string, [number, number] | null]> = [['none', null], ['subject', cand.subject]];
  const outer = found.find((a) => a.speaker && a.content && a.content[0] <= i && i < a.content[1]);
  raw.push(['outer', outer ? outer.speaker : null]);
  raw.push(['first', nearestFirst(toks, i, mentions)]);
  let by = -1;
  for (let k = i + 1; k < toks.length && k < i + THAT_WINDOW; k++) if (toks[k].low === 'by') by = k;
  raw.push(['by', by >= 0 ? firstAfter(toks, by, mentions) : null]);
  const seen = new Set<string>();
  const out: SourceCandidate[] = [];
  for (const [kind, range] of raw) {
    if (kind !== 'none' && !range) continue;
    const key = range ? `${range[0]}:${range[1]}` : 'none';
    if (seen.has(key)) continue;
    seen.add(key);
    const what = range ? kindOf(text, toks, range, mentions) : 'none';
    const dist = range ? bucket(Math.abs(i - range[0])) : 'none';
    out.push({ range, features: [`k=${kind}`, `ks=${kind}|${st}`, `kw=${kind}|${what}`, `kd=${kind}|${dist}`, `kf=${kind}|${follows(toks, i + 1)}`, `w=${what}`] });
  }
  return out;
}

/** The first name or pronoun of the sentence before the cue: the sentence's subject, usually. */
function nearestFirst(toks: Token[], i: number, mentions: readonly EntityMention[]): [number, number] | null {
  for (let k = 0; k < i; k++) {
    const found = nearestBefore(toks, k + 1, 1, mentions);
    if (found) {
      let b = k + 1;
      while (b < i && found.kind !== 'pron' && mentions.some((e) => e.start <= toks[b].start && e.end >= toks[b].end)) b++;
      return [found.range[0], b];
    }
  }
  return null;
}

/** The name after "by" ("was accused by Clinton of …"). */
function firstAfter(toks: Token[], by: number, mentions: readonly EntityMention[]): [number, number] | null {
  const m = mentions.find((e) => toks[by + 1] && e.start <= toks[by + 1].start && e.end > toks[by + 1].start);
  if (!m) return null;
  let b = by + 1;
  while (b < toks.length && toks[b].start < m.end) b++;
  return [by + 1, b];
}

/** What follows the cue: the shapes that open reported content. */
function follows(toks: Token[], c: number): string {
  const next = toks[c];
  if (!next) return 'END';
  if (next.kind === 'quote') return 'quote';
  if (next.kind === 'punct') return next.low === ':' ? 'colon' : next.low === ',' ? 'comma' : 'punct';
  if (next.low === 'that') return 'that';
  if (FOLLOWING_PREPOSITIONS.has(next.low)) return next.low;
  for (let k = c + 1; k < toks.length && k < c + THAT_WINDOW; k++) if (toks[k].low === 'that') return 'that-soon';
  return 'word';
}

/** Every word whose stem is one of `stems`, so that the prefilter is one lookup of the word itself. */
export const wordsOf = (stems: Iterable<string>): Set<string> => new Set([...stems].flatMap(formsOf));

/** Candidate cues of one sentence: words not used by the rules that pass the prefilter (see wordsOf). */
export function cueCandidates(text: string, toks: Token[], covered: Uint8Array, mentions: readonly EntityMention[], words: ReadonlySet<string>, rulesFound: boolean): CueCandidate[] {
  const out: CueCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (covered[i] === USED || t.kind !== 'word' || t.low.length < MIN_CUE_LENGTH || !words.has(t.low)) continue;
    const c = text.charCodeAt(t.start);
    if (c < 97 || c > 122) continue;
    // the rules read this word and found no cue in it ("a long show that ran …" is a noun)
    if (CUE_HEADS.has(t.low) && !cueAt(text, toks, i)) continue;
    // "talked about", "accused … of": the preposition ends the cue, whose verb stands right before it
    const verb = FOLLOWING_PREPOSITIONS.has(t.low) && isWord(toks[i - 1]) && covered[i - 1] !== USED ? i - 1 : i;
    const subject = subjectOf(text, toks, verb, mentions);
    out.push({ cue: i, cueStart: verb, subject: subject.range, features: cueFeatures(text, toks, i, subject, rulesFound, covered[i] === IN_CONTENT) });
  }
  return out;
}

function cueFeatures(text: string, toks: Token[], i: number, subject: { range: [number, number] | null; kind: string; near: boolean }, rulesFound: boolean, nested: boolean): string[] {
  const w = toks[i].low;
  const s = stem(w);
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const f = follows(toks, i + 1);
  const dist = subject.range ? bucket(i - subject.range[1]) : 'none';
  return [
    `w=${w}`, `st=${s}`, `s3=${w.slice(-3)}`, `s2=${w.slice(-2)}`,
    `p=${prev?.low ?? 'BOS'}`, `ps=${shape(text, prev)}`, `sp=${s}|${shape(text, prev)}`,
    `n=${next ? (isWord(next) && isUpper(text, next) ? 'Cap' : next.low) : 'END'}`, `ns=${shape(text, next)}`,
    `f=${f}`, `sf=${s}|${f}`, `subj=${subject.kind}`, `ss=${s}|${subject.kind}`, `near=${subject.near}`, `sd=${dist}`, `sn=${s}|${subject.near}`,
    `pos=${bucket(i)}`, `left=${bucket(toks.length - i)}`, `rules=${rulesFound}`, `sr=${s}|${rulesFound}`, `nest=${nested}`, `snest=${s}|${nested}`,
  ];
}

/** The end of the clause after token `from`: the next semicolon, or the sentence end. */
function clauseEnd(toks: Token[], from: number, stop: string): number {
  for (let k = from; k < toks.length; k++) if (isPunct(toks[k], stop)) return k;
  return toks.length;
}

/** The rule-built content spans for the cue at i: that-clause, prepositional phrase, object to the comma, the rest, what came before. */
export function spanCandidates(toks: Token[], cand: CueCandidate, covered: Uint8Array): SpanCandidate[] {
  const i = cand.cue;
  const c = i + 1;
  const st = stem(toks[i].low);
  const raw: Array<[string, number, number, boolean]> = [['rest', c, toks.length, false], ['clause', c, clauseEnd(toks, c, ',;'), false]];
  for (let k = c; k < toks.length && k < c + THAT_WINDOW; k++) {
    if (toks[k].low === 'that') raw.push(['that', k, toks.length, false]);
    if (toks[k].low === 'that' || toks[k].kind !== 'word') break;
  }
  const next = toks[c];
  if (isWord(next) && FOLLOWING_PREPOSITIONS.has(next.low)) {
    raw.push([next.low === 'to' ? 'inf' : 'prep', next.low === 'to' ? c : c + 1, toks.length, false]);
    raw.push(['prep-clause', c + 1, clauseEnd(toks, c + 1, ',;'), false]);
  }
  const lead = cand.subject ? cand.subject[0] : i;
  if (lead > 1) raw.push(['before', 0, isPunct(toks[lead - 1], ',—') ? lead - 1 : lead, true]);
  const seen = new Set<string>();
  const out: SpanCandidate[] = [];
  for (const [kind, a, b, first] of raw) {
    let [from, to] = trimRegion(toks, [a, b]);
    if (kind === 'that' && from > a) from = a; // PolNeAR contents open with their complementizer
    if (to <= from) continue;
    let used = 0;
    for (let k = from; k < to; k++) used += covered[k] === USED ? 1 : 0;
    const key = `${from}:${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const len = bucket(to - from);
    const ends = to === toks.length || isPunct(toks[to], '.?!') ? 'end' : 'mid';
    out.push({
      range: [from, to],
      contentFirst: first,
      features: [`k=${kind}`, `ks=${kind}|${st}`, `kl=${kind}|${len}`, `ke=${kind}|${ends}`, `kf=${kind}|${follows(toks, c)}`, `ku=${kind}|${used > 0}`, `len=${len}`],
    });
  }
  return out;
}

/** The committed recall model: a cue scorer, a span ranker and the stem prefilter. */
export class RecallModel {
  private readonly words: ReadonlySet<string>;
  private readonly cue: LinearModel;
  private readonly span: LinearModel;
  private readonly source: LinearModel;

  constructor(file: RecallFile) {
    this.words = wordsOf(file.stems);
    this.cue = new LinearModel(file.cue.weights, file.cue.bias);
    this.span = new LinearModel(file.span.weights, file.span.bias);
    this.source = new LinearModel(file.source.weights, file.source.bias);
  }

  /** Attributions the rules missed in one sentence, in token order, each a learned one. */
  find(text: string, toks: Token[], found: readonly Attribution[], mentions: readonly EntityMention[]): Attribution[] {
    const covered = coveredTokens(toks.length, found);
    const out: Attribution[] = [];
    for (const cand of cueCandidates(text, toks, covered, mentions, this.words, found.length > 0)) {
      if (covered[cand.cue] === USED || this.cue.score(cand.features) <= 0) continue;
      const best = highest(spanCandidates(toks, cand, covered), this.span);
      if (!best) continue;
      // words nobody is named for are not reported speech in a news product: a quote needs its source
      const source = highest(sourceCandidates(text, toks, cand, found, mentions), this.source);
      if (!source?.range) continue;
      const a: Attribution = attribution(source.range, [cand.cueStart, cand.cue + 1], best.range, best.contentFirst, { learned: true });
      // (judged on all that follows the cue, as the rules see it: "declined to say why …")
      if (turnedDown(toks, { ...a, contentFirst: false, content: [a.cue[1], toks.length] }) || refusedAt(toks, cand.cue)) continue;
      out.push(a);
      for (let k = best.range[0]; k < best.range[1]; k++) covered[k] = USED;
    }
    return out;
  }
}

/** "declined to say why …": the verb of saying after a refusal, which the rules turned down. */
const refusedAt = (toks: Token[], i: number): boolean => i >= 2 && refusesToSay(toks, i - 2, i - 1);

/** The candidate the model scores highest (the first on a tie), or null when there is none. */
function highest<T extends { features: string[] }>(candidates: T[], model: LinearModel): T | null {
  let best: T | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const score = model.score(c.features);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}
