import { describeWord, Gazetteer, SLOTS, visitSlotFeatures } from './features';
import { K as TAG_COUNT, TAGS } from './tagset';
import { PreparedTransitions, prepareTransitions } from './viterbi';

// A module-local copy: hot loops must not read an imported binding (a getter under some loaders).
const K = TAG_COUNT;

/** The committed weights file (libs/nlp/model/ner.json), written by `npm run train:ner`. */
export interface NerModelFile {
  version: 1;
  tags: string[];
  /** Weights are stored as integers: divide by scale. */
  scale: number;
  /** Gazetteer class → space-separated lower-case words. */
  gazetteer: Record<string, string>;
  /** (K+1) × K transition weights, row 0 the sentence start. */
  transition: number[];
  /** Feature → sparse [tag index, weight, tag index, weight, ...]. */
  weights: Record<string, number[]>;
}

const CACHE_LIMIT = 200_000;
/** Numbers per cached word: K scores for each slot, in SLOTS order. */
export const SLOT_WIDTH = SLOTS.length * K;

/**
 * The loaded tagger weights, with per-word slot scores summed once and cached side by side in one
 * array (a look-up per token then yields a number, and the scores of neighbouring words share memory).
 */
export class NerModel {
  readonly gazetteer: Gazetteer;
  readonly transition: Float64Array;
  readonly preparedTransitions: PreparedTransitions;
  /** Cached slot scores, SLOT_WIDTH per word at the offsets scoresAt gives. Replaced as it grows. */
  scores = new Float64Array(1024 * SLOT_WIDTH);
  /**
   * Weights of `name=value` features by value, then name: a new word's lower-case form and short shape
   * recur under many names and are then looked up once each.
   */
  private readonly weights = new Map<string, Map<string, Float32Array>>();
  /** Weights of bare `name` features. */
  private readonly bareWeights = new Map<string, Float32Array>();
  private readonly offsets = new Map<string, number>();
  private used = 0;

  constructor(file: NerModelFile) {
    if (file.tags.join() !== TAGS.join()) throw new Error('NER model: tag set mismatch, retrain with npm run train:ner');
    const gazetteer = new Map<string, string[]>();
    for (const [cls, words] of Object.entries(file.gazetteer)) {
      for (const w of words.split(' ')) {
        const list = gazetteer.get(w);
        if (list) list.push(cls);
        else gazetteer.set(w, [cls]);
      }
    }
    this.gazetteer = gazetteer;
    this.transition = Float64Array.from(file.transition, (v) => v / file.scale);
    this.preparedTransitions = prepareTransitions(this.transition);
    for (const [feature, sparse] of Object.entries(file.weights)) {
      const v = new Float32Array(K);
      for (let i = 0; i < sparse.length; i += 2) v[sparse[i]] = sparse[i + 1] / file.scale;
      // Names never contain "=", so the first one ends the name.
      const eq = feature.indexOf('=');
      if (eq < 0) {
        this.bareWeights.set(feature, v);
        continue;
      }
      const value = feature.slice(eq + 1);
      const names = this.weights.get(value) ?? new Map<string, Float32Array>();
      this.weights.set(value, names);
      names.set(feature.slice(0, eq), v);
    }
  }

  /**
   * Offset of `word`'s slot scores in `scores`. Offsets stay valid until trimCache, and `scores` may be
   * replaced by a larger copy on any call, so read it after the look-ups.
   */
  scoresAt(word: string): number {
    const cached = this.offsets.get(word);
    if (cached !== undefined) return cached;
    const at = this.used;
    if (at + SLOT_WIDTH > this.scores.length) {
      const grown = new Float64Array(2 * this.scores.length);
      grown.set(this.scores);
      this.scores = grown;
    }
    this.sumSlotWeights(word, at);
    this.used += SLOT_WIDTH;
    this.offsets.set(word, at);
    return at;
  }

  /** Forgets the cached words once there are too many; offsets from before are invalid afterwards. */
  trimCache(): void {
    if (this.offsets.size < CACHE_LIMIT) return;
    this.offsets.clear();
    this.used = 0;
  }

  // Kept apart from scoresAt, which runs once per token: a closure there would allocate on every call.
  private sumSlotWeights(word: string, at: number): void {
    const v = this.scores;
    v.fill(0, at, at + SLOT_WIDTH);
    const info = describeWord(word, this.gazetteer);
    let base = at;
    const { lower, short } = info;
    const ofLower = this.weights.get(lower);
    const ofShort = this.weights.get(short);
    const add = (name: string, value: string | null) => {
      const names = value === lower ? ofLower : value === short ? ofShort : value === null ? undefined : this.weights.get(value);
      const w = value === null ? this.bareWeights.get(name) : names?.get(name);
      if (w) for (let t = 0; t < K; t++) v[base + t] += w[t];
    };
    for (const slot of SLOTS) {
      visitSlotFeatures(slot, info, add);
      base += K;
    }
  }
}
