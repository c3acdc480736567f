import { Gazetteer, SLOTS, slotFeatures } from './features';
import { K as TAG_COUNT, TAGS } from './tagset';

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

/** The loaded tagger weights, with per-word slot score vectors summed once and cached. */
export class NerModel {
  readonly gazetteer: Gazetteer;
  readonly transition: Float64Array;
  private readonly weights = new Map<string, Float32Array>();
  private readonly cache = new Map<string, Float64Array>();

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
    for (const [feature, sparse] of Object.entries(file.weights)) {
      const v = new Float32Array(K);
      for (let i = 0; i < sparse.length; i += 2) v[sparse[i]] = sparse[i + 1] / file.scale;
      this.weights.set(feature, v);
    }
  }

  /** Scores of `word` in each slot (SLOTS order), K per slot. */
  slotScores(word: string): Float64Array {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const v = this.sumSlotWeights(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, v);
    return v;
  }

  // Kept apart from slotScores, which runs once per token: a closure there would allocate on every call.
  private sumSlotWeights(word: string): Float64Array {
    const v = new Float64Array(SLOTS.length * K);
    SLOTS.forEach((slot, s) => {
      for (const f of slotFeatures(slot, word, this.gazetteer)) {
        const w = this.weights.get(f);
        if (w) for (let t = 0; t < K; t++) v[s * K + t] += w[t];
      }
    });
    return v;
  }
}
