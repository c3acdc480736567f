/**
 * Training of the content tagger (content-tagger.ts) from PolNeAR gold contents: the rules run on each
 * training article, and every sentence they read becomes one sequence whose gold tags come from the
 * gold content fragments. Averaged structured perceptron; documents in the order given, a seeded
 * shuffle per epoch, weights rounded, so the same data gives the same bytes.
 */
import { EntityMention, Quote } from '../types';
import { BEGIN, ContentTaggerFile, FEATURES_PER_TOKEN, INSIDE, RESERVED_IDS, TAGS, ruleMarks, sentenceFeatures, viterbi } from './content-tagger';
import { findQuotes } from './index';
import { Example, seededShuffle, trainAveragedPerceptron } from './linear-model';
import { mentionsWithin } from './recall';
import { sourceCandidates } from './tagged-speakers';
import { RULES_ONLY } from './model-file';
import { overlapLength as overlap, Token, tokenRange } from './segment';
import { quotesWithin } from './tagged-quotes';

export interface TaggerDoc {
  text: string;
  entities: EntityMention[];
  /** The gold content items, each as its fragments (normalised as the scorer does). */
  contents: Array<Array<{ start: number; end: number }>>;
  /** Each content item's source spans (none for an attribution without a source). */
  sources: Array<Array<{ start: number; end: number }>>;
}

export const TAGGER_BITS = 16;
/** A word enters the vocabulary when training holds it this often. */
const MIN_WORD_COUNT = 2;
/**
 * Subtracted from the speaker model's bias: a wrong speaker costs source precision. Chosen by 5-fold
 * cross-validation on PolNeAR train (source F1 0.648 at 0, 0.651 at 5, 0.650 at 10, 0.646 with no
 * learned speakers at all).
 */
const SPEAKER_MARGIN = 5;
/**
 * A word is an introducer when it stands in the INTRODUCER_WINDOW tokens before the start of a gold
 * content at least MIN_INTRODUCER_COUNT times, and there in at least MIN_INTRODUCER_RATE of its uses.
 * With them, 5-fold cross-validation on PolNeAR train gave content F1 0.707 → 0.721 and source F1
 * 0.650 → 0.655. In trials of an earlier form, a window of 3 or 5 and a rate of 0.1 to 0.3 did no better.
 */
const INTRODUCER_WINDOW = 2;
const MIN_INTRODUCER_COUNT = 3;
const MIN_INTRODUCER_RATE = 0.2;
/** Rows whose weights all round below this are left out of the file. */
const MIN_WEIGHT = 0.01;

interface Sequence {
  features: Int32Array;
  gold: Uint8Array;
}

/** A token is content when half of it lies in a fragment (a quote token when any of it does); each fragment's first token begins. */
export function goldTags(toks: readonly Token[], contents: TaggerDoc['contents']): Uint8Array {
  const tags = new Uint8Array(toks.length);
  for (const frags of contents) {
    for (const f of frags) {
      let begun = false;
      toks.forEach((t, i) => {
        const o = overlap(t, f);
        if (o * 2 >= t.end - t.start || (t.kind === 'quote' && o > 0)) {
          tags[i] = begun ? INSIDE : BEGIN;
          begun = true;
        }
      });
    }
  }
  return tags;
}

/** The sentences the rules read in each document, with the rules' marks on their tokens. */
interface TrainingSentence {
  doc: TaggerDoc;
  toks: Token[];
  quotes: Quote[];
  mentions: EntityMention[];
}

function sentencesOf(docs: readonly TaggerDoc[]): TrainingSentence[] {
  return docs.flatMap((doc) => {
    const found = findQuotes(doc.text, doc.entities, RULES_ONLY);
    const sorted = [...found.quotes].sort((a, b) => a.start - b.start);
    return found.sentences.filter((s) => s.toks.length > 0).map((s) => ({ doc, toks: s.toks, quotes: quotesWithin(sorted, s.start, s.end), mentions: mentionsWithin(found.mentions, s.start, s.end) }));
  });
}

/**
 * The speaker model's examples: each gold content whose first fragment opens in the sentence is a run,
 * and each candidate is right when it overlaps one of that content's sources.
 */
function speakerExamples(s: TrainingSentence): Example[] {
  const out: Example[] = [];
  const { toks, doc } = s;
  const sentenceStart = toks[0].start;
  const sentenceEnd = toks[toks.length - 1].end;
  doc.contents.forEach((frags, j) => {
    const first = frags[0];
    if (!first || first.start < sentenceStart || first.start >= sentenceEnd) return;
    const run = tokenRange(toks, first);
    if (run[0] === run[1]) return;
    for (const c of sourceCandidates(toks, run, s.mentions, s.quotes.length > 0)) {
      const span = { start: toks[c.range[0]].start, end: toks[c.range[1] - 1].end };
      out.push({ features: c.features, positive: doc.sources[j].some((src) => overlap(src, span) > 0) });
    }
  });
  return out;
}

/** The words that open gold contents often enough (see INTRODUCER_WINDOW), sorted. */
function introducersOf(sentences: readonly TrainingSentence[], gold: readonly Uint8Array[]): string[] {
  const opening = new Map<string, number>();
  const uses = new Map<string, number>();
  sentences.forEach(({ toks }, k) => {
    for (const t of toks) if (t.kind === 'word') uses.set(t.low, (uses.get(t.low) ?? 0) + 1);
    gold[k].forEach((tag, b) => {
      if (tag !== BEGIN) return;
      const before = new Set(toks.slice(Math.max(0, b - INTRODUCER_WINDOW), b).filter((t) => t.kind === 'word').map((t) => t.low));
      for (const w of before) opening.set(w, (opening.get(w) ?? 0) + 1);
    });
  });
  return [...opening].filter(([w, n]) => n >= MIN_INTRODUCER_COUNT && n >= MIN_INTRODUCER_RATE * uses.get(w)!).map(([w]) => w).sort();
}

function vocabularyOf(sentences: TrainingSentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s.toks) if (t.kind !== 'quote') counts.set(t.low, (counts.get(t.low) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= MIN_WORD_COUNT).map(([w]) => w).sort();
}

export function trainContentTagger(docs: readonly TaggerDoc[], epochs: number, bits = TAGGER_BITS): ContentTaggerFile {
  const sentences = sentencesOf(docs);
  const vocab = vocabularyOf(sentences);
  const gold = sentences.map((s) => goldTags(s.toks, s.doc.contents));
  const introducers = introducersOf(sentences, gold);
  const words = { ids: new Map(vocab.map((v, i) => [v, i + RESERVED_IDS])), introducers: new Set(introducers) };
  const sequences: Sequence[] = sentences.map((s, k) => ({ features: sentenceFeatures(s.doc.text, s.toks, ruleMarks(s.toks, s.quotes), words, bits), gold: gold[k] }));
  const size = (1 << bits) * TAGS;
  const w = new Float64Array(size);
  const total = new Float64Array(size);
  const stamp = new Float64Array(size);
  const tr = new Float64Array((TAGS + 1) * TAGS);
  const trTotal = new Float64Array(tr.length);
  const trStamp = new Float64Array(tr.length);
  let step = 0;
  const update = (weights: Float64Array, sum: Float64Array, at: Float64Array, k: number, by: number): void => {
    sum[k] += weights[k] * (step - at[k]);
    at[k] = step;
    weights[k] += by;
  };
  const shuffle = seededShuffle(7);
  const order = sequences.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order);
    for (const si of order) {
      step++;
      const { features, gold } = sequences[si];
      const pred = viterbi(features, gold.length, w, tr);
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        const p = pred[i];
        const gPrev = i > 0 ? gold[i - 1] : TAGS;
        const pPrev = i > 0 ? pred[i - 1] : TAGS;
        if (g !== p) {
          for (let k = i * FEATURES_PER_TOKEN; k < (i + 1) * FEATURES_PER_TOKEN; k++) {
            update(w, total, stamp, features[k] * TAGS + g, 1);
            update(w, total, stamp, features[k] * TAGS + p, -1);
          }
        }
        if (g !== p || gPrev !== pPrev) {
          update(tr, trTotal, trStamp, gPrev * TAGS + g, 1);
          update(tr, trTotal, trStamp, pPrev * TAGS + p, -1);
        }
      }
    }
  }
  const mean = (weights: Float64Array, sum: Float64Array, at: Float64Array, k: number): number => Math.round(((sum[k] + weights[k] * (step - at[k])) / Math.max(step, 1)) * 1000) / 1000;
  const index: number[] = [];
  const weights: number[] = [];
  for (let slot = 0; slot < 1 << bits; slot++) {
    const row = [0, 1, 2].map((y) => mean(w, total, stamp, slot * TAGS + y));
    if (row.every((v) => Math.abs(v) < MIN_WEIGHT)) continue;
    index.push(slot);
    weights.push(...row.map((v) => (Math.abs(v) < MIN_WEIGHT ? 0 : v)));
  }
  const speakers = trainAveragedPerceptron(sentences.flatMap(speakerExamples), epochs);
  speakers.bias = Math.round((speakers.bias - SPEAKER_MARGIN) * 1000) / 1000;
  return { bits, vocab, introducers, index, weights, transitions: [...tr].map((_, k) => mean(tr, trTotal, trStamp, k)), speakers };
}
