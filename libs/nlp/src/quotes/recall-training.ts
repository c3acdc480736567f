/**
 * Training of the recall pass (libs/nlp/src/quotes/recall.ts) from PolNeAR gold cues: which stems pass
 * the prefilter, then a cue model over every candidate the rules left, then a span ranker over the
 * content spans of the right cues. Deterministic: documents in file order, seeded perceptron.
 */
import { EntityMention } from '../types';
import { findAttributions } from './attribution';
import { Attribution } from './attribution-record';
import { stem } from './learned-cue';
import { Example, TrainedWeights, trainAveragedPerceptron } from './linear-model';
import { findQuoteMarks } from './quote-marks';
import { RecallFile, USED, wordsOf, coveredTokens, cueCandidates, mentionsWithin, sourceCandidates, spanCandidates } from './recall';
import { overlapLength as overlap, sentenceTokens, splitSentences, Token } from './segment';

export interface CharSpan {
  start: number;
  end: number;
}
/** One gold attribution: its cue fragments and its content fragments (normalised as the scorer does). */
export interface GoldAttribution {
  cue: CharSpan[];
  content: CharSpan[];
  source: CharSpan[];
}
export interface RecallDoc {
  text: string;
  entities: EntityMention[];
  attributions: GoldAttribution[];
}

/** A stem passes the prefilter when it was a gold cue this often, and in at least this share of its uses. */
const MIN_STEM_CUES = 3;
const MIN_STEM_RATE = 0.06;
/** Weights below one perceptron update are dropped from the file. */
const MIN_WEIGHT = 1;

const lengthOf = (frags: CharSpan[]): number => frags.reduce((n, f) => n + f.end - f.start, 0);

interface Sentence {
  toks: Token[];
  covered: Uint8Array;
  found: Attribution[];
  mentions: EntityMention[];
  rulesFound: boolean;
}

/** The sentences of a document as the recall pass sees them: tokens, and what the rules used. */
function sentencesOf(doc: RecallDoc): Sentence[] {
  const marks = findQuoteMarks(doc.text);
  const mentions = [...doc.entities].sort((a, b) => a.start - b.start);
  return splitSentences(doc.text, marks).map((s) => {
    const toks = sentenceTokens(doc.text, s, marks);
    const found = findAttributions(doc.text, toks, null);
    return { toks, found, covered: coveredTokens(toks.length, found), mentions: mentionsWithin(mentions, s.start, s.end), rulesFound: found.length > 0 };
  });
}

/**
 * The gold attribution whose cue ends at the token, if any: in "has also called" the cue is the verb
 * "called", whose object is the content (the auxiliaries before it are not candidates of their own);
 * "talked about" the last token is the preposition.
 */
const goldCueAt = (doc: RecallDoc, t: Token, next: Token | undefined): GoldAttribution | undefined =>
  doc.attributions.find((g) => g.cue.some((c) => overlap(c, t) > 0 && !(next && overlap(c, next) > 0)));

/** A span is right when at least half of it lies in the gold content and it covers at least half of that content. */
function rightSpan(text: string, toks: Token[], [a, b]: [number, number], gold: GoldAttribution, normSpan: (text: string, s: number, e: number) => CharSpan): boolean {
  const p = normSpan(text, toks[a].start, toks[b - 1].end);
  const inside = gold.content.reduce((n, f) => n + overlap(p, f), 0);
  return p.end > p.start && inside * 2 >= p.end - p.start && inside * 2 >= lengthOf(gold.content);
}

export interface RecallExamples {
  cue: Example[];
  span: Example[];
  source: Example[];
}

/** Stems of lower-case words not used by the rules that were a gold cue often enough. */
function cueStems(docs: Array<{ doc: RecallDoc; sentences: Sentence[] }>): Set<string> {
  const counts = new Map<string, [number, number]>();
  for (const { doc, sentences } of docs) {
    for (const s of sentences) {
      s.toks.forEach((t, i) => {
        if (s.covered[i] === USED || t.kind !== 'word') return;
        const c = counts.get(stem(t.low)) ?? [0, 0];
        c[0] += goldCueAt(doc, t, s.toks[i + 1]) ? 1 : 0;
        c[1]++;
        counts.set(stem(t.low), c);
      });
    }
  }
  return new Set([...counts].filter(([, [cue, all]]) => cue >= MIN_STEM_CUES && cue >= MIN_STEM_RATE * all).map(([s]) => s));
}

function examplesOf(doc: RecallDoc, sentences: Sentence[], words: Set<string>, normSpan: (text: string, s: number, e: number) => CharSpan): RecallExamples {
  const out: RecallExamples = { cue: [], span: [], source: [] };
  for (const s of sentences) {
    for (const cand of cueCandidates(doc.text, s.toks, s.covered, s.mentions, words, s.rulesFound)) {
      const gold = goldCueAt(doc, s.toks[cand.cue], s.toks[cand.cue + 1]);
      const spans = spanCandidates(s.toks, cand, s.covered);
      const right = gold ? spans.map((sp) => rightSpan(doc.text, s.toks, sp.range, gold, normSpan)) : [];
      out.cue.push({ features: cand.features, positive: right.some(Boolean) });
      if (!gold) continue;
      spans.forEach((sp, k) => out.span.push({ features: sp.features, positive: right[k] }));
      for (const src of sourceCandidates(doc.text, s.toks, cand, s.found, s.mentions)) {
        const r = src.range && { start: s.toks[src.range[0]].start, end: s.toks[src.range[1] - 1].end };
        out.source.push({ features: src.features, positive: r ? gold.source.some((g) => overlap(g, r) > 0) : gold.source.length === 0 });
      }
    }
  }
  return out;
}

function pruned({ bias, weights }: TrainedWeights, margin: number, minWeight: number): TrainedWeights {
  const kept: Record<string, number> = {};
  for (const f of Object.keys(weights).sort()) if (Math.abs(weights[f]) >= minWeight) kept[f] = weights[f];
  return { bias: Math.round((bias - margin) * 1000) / 1000, weights: kept };
}

/** Sentences are computed once per document and shared by every fold and margin. */
export type PreparedDoc = { doc: RecallDoc; sentences: Sentence[] };
export const prepare = (docs: RecallDoc[]): PreparedDoc[] => docs.map((doc) => ({ doc, sentences: sentencesOf(doc) }));

export interface RecallTraining {
  epochs: number;
  /** Subtracted from the cue bias: a wrong cue costs precision more than a right one gains recall. */
  margin: number;
  normSpan: (text: string, s: number, e: number) => CharSpan;
  /** Weights smaller than this are dropped from the file (a tiny corpus keeps them all). */
  minWeight?: number;
}

export function trainRecall(docs: PreparedDoc[], { epochs, margin, normSpan, minWeight = MIN_WEIGHT }: RecallTraining): RecallFile {
  const stems = cueStems(docs);
  const words = wordsOf(stems);
  const all: RecallExamples = { cue: [], span: [], source: [] };
  for (const d of docs) {
    const e = examplesOf(d.doc, d.sentences, words, normSpan);
    all.cue.push(...e.cue);
    all.span.push(...e.span);
    all.source.push(...e.source);
  }
  const fit = (examples: Example[], m = 0): TrainedWeights => pruned(trainAveragedPerceptron(examples, epochs), m, minWeight);
  return { stems: [...stems].sort(), cue: fit(all.cue, margin), span: fit(all.span), source: fit(all.source) };
}
