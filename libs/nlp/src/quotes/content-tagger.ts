/**
 * The learned content tagger: a first-order sequence model (averaged structured perceptron, Viterbi
 * decoding) that labels each token of a sentence Outside, Begin or Inside of reported content. Its
 * features are the words around a token, their shapes, the nearest reporting verb, and what the rules
 * found there (their contents, cues and speakers), so it keeps what the rules get right and learns from
 * PolNeAR train where their spans start, stop and are missing. Features are hashed into a fixed table;
 * the vocabulary is the words seen at least twice in training.
 *
 * The reporting verbs of the lexicon are a short list, and PolNeAR attributes content to far more words
 * ("vied to", "has no illusions about", "shows"). So training also learns introducers: the words that
 * open reported content often enough (content-tagger-training.ts). The nearest one before a token, and
 * whether the sentence holds one, are features too.
 */
import { SAY_VERBS } from './lexicon';
import { TrainedWeights } from './linear-model';
import { TaggedSpeakerModel } from './tagged-speakers';
import { Quote } from '../types';
import { Token, tokenRange } from './segment';

export const OUTSIDE = 0;
export const BEGIN = 1;
export const INSIDE = 2;
export const TAGS = 3;
/** Row of the transition table for the sentence start. */
const START = 3;

export interface ContentTaggerFile {
  /** log2 of the feature table's size. */
  bits: number;
  vocab: string[];
  /** Words that opened reported content in training (sorted). */
  introducers: string[];
  /** Non-zero rows of the feature table: their indexes, and TAGS weights per index. */
  index: number[];
  weights: number[];
  /** (START + 1) × TAGS: from tag (or the start) to tag. */
  transitions: number[];
  /** The speaker model for runs the rules did not attribute (tagged-speakers.ts). */
  speakers: TrainedWeights;
}

/** The rules' findings on one token, the tagger's strongest features. */
export interface RuleMarks {
  /** 0 outside, 1 begins a direct quote, 2 inside one, 3 begins an indirect quote, 4 inside one. */
  content: Uint8Array;
  cue: Uint8Array;
  speaker: Uint8Array;
  /** For a token in a rules' content: the token of its cue's last word, else -1. */
  cueOf: Int32Array;
}

const bucket = (n: number): number => (n <= 2 ? n : n <= 4 ? 3 : n <= 8 ? 4 : n <= 16 ? 5 : 6);

const SHAPE_QUOTE = 1;
const SHAPE_PUNCT = 2;
const SHAPE_CAP = 3;
const SHAPE_NUM = 4;
const SHAPE_LOW = 5;
function shapeOf(text: string, t: Token | undefined): number {
  if (!t) return 0;
  if (t.kind === 'quote') return SHAPE_QUOTE;
  if (t.kind === 'punct') return SHAPE_PUNCT;
  const c = text.charCodeAt(t.start);
  if (c >= 48 && c <= 57) return SHAPE_NUM;
  return t.low[0] !== text[t.start] ? SHAPE_CAP : SHAPE_LOW;
}

/** Vocabulary ids: 0 for an unknown word, 1 for a quote token, 2 for no token (beyond the sentence). */
const UNKNOWN = 0;
const QUOTE_WORD = 1;
const NO_TOKEN = 2;
export const RESERVED_IDS = 3;

/** murmur3's finaliser over a template and two values: every feature is one integer, no strings. */
function slot(template: number, a: number, b: number, mask: number): number {
  let h = Math.imul(template, 0x9e3779b1) ^ Math.imul(a + 1, 0x85ebca6b) ^ Math.imul(b + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & mask;
}

export const FEATURES_PER_TOKEN = 29;

/** The words a tagger knows: the vocabulary (lower-cased word to id) and the learned introducers. */
export interface TaggerWords {
  ids: ReadonlyMap<string, number>;
  introducers: ReadonlySet<string>;
}

/** The feature slots of every token of a sentence, FEATURES_PER_TOKEN per token, in one flat array. */
export function sentenceFeatures(text: string, toks: readonly Token[], rules: RuleMarks, words: TaggerWords, bits: number): Int32Array {
  const n = toks.length;
  const mask = (1 << bits) - 1;
  const word = new Int32Array(n);
  const shape = new Uint8Array(n);
  const say = new Uint8Array(n);
  const introducer = new Uint8Array(n);
  let sentenceShape = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    word[i] = t.kind === 'quote' ? QUOTE_WORD : (words.ids.get(t.low) ?? UNKNOWN);
    shape[i] = shapeOf(text, t);
    say[i] = t.kind === 'word' && SAY_VERBS.has(t.low) ? 1 : 0;
    introducer[i] = t.kind === 'word' && words.introducers.has(t.low) ? 1 : 0;
    sentenceShape |= (introducer[i] << 2) | ((rules.content[i] !== 0 ? 1 : 0) << 1) | (t.kind === 'quote' ? 1 : 0);
  }
  const w = (i: number): number => (i >= 0 && i < n ? word[i] : NO_TOKEN);
  const r = (i: number): number => (i >= 0 && i < n ? rules.content[i] : 5);
  const out = new Int32Array(n * FEATURES_PER_TOKEN);
  const nextSay = new Int32Array(n);
  for (let i = n - 1, next = -1; i >= 0; i--) {
    nextSay[i] = next < 0 ? 99 : next - i;
    if (say[i]) next = i;
  }
  let lastSay = -1;
  let lastIntroducer = -1;
  for (let i = 0; i < n; i++) {
    const k = i * FEATURES_PER_TOKEN;
    const left = lastSay < 0 ? 99 : i - lastSay;
    const cue = rules.cueOf[i];
    const rHere = r(i);
    const wPrev = w(i - 1);
    let t = 0;
    const put = (a: number, b: number): void => {
      out[k + t] = slot(t, a, b, mask);
      t++;
    };
    put(0, 0);
    put(word[i], 0);
    put(shape[i], 0);
    put(wPrev, 0);
    put(w(i + 1), 0);
    put(w(i - 2), 0);
    put(w(i + 2), 0);
    put(rHere, 0);
    put(r(i - 1), rHere);
    put(rHere, r(i + 1));
    put(rules.cue[i] * 2 + rules.speaker[i], 0);
    put((i > 0 ? rules.cue[i - 1] : 0) * 2 + (i + 1 < n ? rules.cue[i + 1] : 0), 0);
    put(bucket(left), 0);
    put(bucket(nextSay[i]), 0);
    put(bucket(left), shape[i]);
    put(say[i], 0);
    put(bucket(i), 0);
    put(bucket(n - i), 0);
    put(wPrev, shape[i]);
    put(toks[i].kind === 'quote' ? 1 + bucket(((toks[i].end - toks[i].start) / 6) | 0) : 0, 0);
    put(lastSay < 0 ? NO_TOKEN : word[lastSay], bucket(left));
    put(word[i], rHere);
    put(wPrev, rHere);
    put(i > 0 ? shape[i - 1] : 0, i + 1 < n ? shape[i + 1] : 0);
    put(w(cue), rHere);
    put(cue < 0 ? 0 : cue < i ? 1 + bucket(i - cue) : 8 + bucket(cue - i), rHere);
    const afterIntroducer = lastIntroducer < 0 ? 99 : bucket(i - lastIntroducer);
    put(lastIntroducer < 0 ? NO_TOKEN : word[lastIntroducer], afterIntroducer);
    put(afterIntroducer, rHere);
    put(sentenceShape, rHere === 0 ? bucket(i) : 9);
    if (say[i]) lastSay = i;
    if (introducer[i]) lastIntroducer = i;
  }
  return out;
}

/** The best tag sequence under the weights (table: TAGS per slot) and the transitions. */
export function viterbi(features: Int32Array, n: number, table: Float32Array | Float64Array, transitions: ArrayLike<number>): Uint8Array {
  // a slot's TAGS weights sit side by side, so each feature costs one memory access for all tags
  const emission = new Float64Array(n * TAGS);
  for (let i = 0; i < n; i++) {
    let o = 0;
    let b = 0;
    let m = 0;
    for (let k = i * FEATURES_PER_TOKEN; k < (i + 1) * FEATURES_PER_TOKEN; k++) {
      const at = features[k] * TAGS;
      o += table[at];
      b += table[at + 1];
      m += table[at + 2];
    }
    emission[i * TAGS] = o;
    emission[i * TAGS + 1] = b;
    emission[i * TAGS + 2] = m;
  }
  const score = new Float64Array(n * TAGS);
  const back = new Uint8Array(n * TAGS);
  for (let y = 0; y < TAGS; y++) score[y] = y === INSIDE ? -Infinity : emission[y] + transitions[START * TAGS + y];
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < TAGS; y++) {
      let best = -Infinity;
      let from = 0;
      for (let z = 0; z < TAGS; z++) {
        if (y === INSIDE && z === OUTSIDE) continue;
        const v = score[(i - 1) * TAGS + z] + transitions[z * TAGS + y];
        if (v > best) {
          best = v;
          from = z;
        }
      }
      score[i * TAGS + y] = best + emission[i * TAGS + y];
      back[i * TAGS + y] = from;
    }
  }
  const tags = new Uint8Array(n);
  let y = 0;
  for (let z = 1; z < TAGS; z++) if (score[(n - 1) * TAGS + z] > score[(n - 1) * TAGS + y]) y = z;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = y;
    y = back[i * TAGS + y];
  }
  return tags;
}

/** Token ranges [from, to) of the content runs in a tag sequence. */
export function contentRuns(tags: Uint8Array): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let from = -1;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : OUTSIDE;
    if (tag !== INSIDE && from >= 0) {
      runs.push([from, i]);
      from = -1;
    }
    if (tag === BEGIN) from = i;
  }
  return runs;
}

export class ContentTagger {
  readonly words: TaggerWords;
  private readonly table: Float32Array;
  private readonly transitions: number[];
  readonly speakers: TaggedSpeakerModel;

  constructor(readonly file: ContentTaggerFile) {
    this.speakers = new TaggedSpeakerModel(file.speakers);
    this.words = { ids: new Map(file.vocab.map((v, i) => [v, i + RESERVED_IDS])), introducers: new Set(file.introducers) };
    this.table = new Float32Array((1 << file.bits) * TAGS);
    file.index.forEach((slotIndex, k) => {
      for (let y = 0; y < TAGS; y++) this.table[slotIndex * TAGS + y] = file.weights[k * TAGS + y];
    });
    this.transitions = file.transitions;
  }

  /** The content runs of one sentence. */
  contents(text: string, toks: readonly Token[], rules: RuleMarks): Array<[number, number]> {
    if (toks.length === 0) return [];
    return contentRuns(viterbi(sentenceFeatures(text, toks, rules, this.words, this.file.bits), toks.length, this.table, this.transitions));
  }
}

/** What the rules found on each token of a sentence, from their quotes that overlap it. */
export function ruleMarks(toks: readonly Token[], quotes: readonly Quote[]): RuleMarks {
  const n = toks.length;
  const marks: RuleMarks = { content: new Uint8Array(n), cue: new Uint8Array(n), speaker: new Uint8Array(n), cueOf: new Int32Array(n).fill(-1) };
  for (const q of quotes) {
    const begin = q.kind === 'direct' ? 1 : 3;
    const [cueFrom, cueTo] = q.cue ? tokenRange(toks, q.cue) : [0, 0];
    marks.cue.fill(1, cueFrom, cueTo);
    if (q.speaker) marks.speaker.fill(1, ...tokenRange(toks, q.speaker));
    if (q.kind === 'partial') continue;
    const [from, to] = tokenRange(toks, q);
    for (let i = from; i < to; i++) {
      if (marks.content[i] !== 0) continue;
      marks.content[i] = i > from ? begin + 1 : begin;
      marks.cueOf[i] = cueTo > cueFrom ? cueTo - 1 : -1;
    }
  }
  return marks;
}
