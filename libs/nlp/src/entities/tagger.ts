import { BOS, EOS, SLOT_INDEX, isCapsLine } from './features';
import { NerModel } from './model';
import { K as TAG_COUNT, TAGS } from './tagset';
import { Token } from './tokenize';
import { viterbi } from './viterbi';

// A module-local copy: hot loops must not read an imported binding (a getter under some loaders).
const K = TAG_COUNT;

export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A tagged entity: token indices, `last` inclusive. */
export interface TaggedSpan {
  label: NerLabel;
  first: number;
  last: number;
}

const SENTENCE_END = new Set(['.', '!', '?', '…', '...']);

const startsLowerCase = (w: string) => w[0] !== w[0].toUpperCase();

/** Sentences as [from, to) token ranges: lines, and sentence-final punctuation before a non-lower-case word. */
export function sentences(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const brk = i === tokens.length || tokens[i].newline ||
      (SENTENCE_END.has(tokens[i - 1].text) && !startsLowerCase(tokens[i].text));
    if (brk) {
      out.push([from, i]);
      from = i;
    }
  }
  return out;
}

/**
 * Title-case headlines ("Belarus Says It Will Remain Close ...") are rare in CoNLL but its ALL-CAPS
 * headlines are common, so such a line is tagged as if it were upper-cased.
 */
function isTitleLine(words: readonly string[]): boolean {
  let long = 0;
  for (const w of words) {
    if (w.length < 4 || !/^\p{L}/u.test(w)) continue;
    if (w[0].toUpperCase() !== w[0] || w[0].toLowerCase() === w[0]) return false;
    long++;
  }
  return long >= 4;
}

// Reused across sentences (single-threaded): allocation per sentence would dominate the cost.
let emissions = new Float64Array(256 * K);

function tagSentence(model: NerModel, words: string[], out: TaggedSpan[], offset: number): void {
  let caps = isCapsLine(words);
  if (!caps && isTitleLine(words)) {
    words = words.map((w) => w.toUpperCase());
    caps = true;
  }
  const n = words.length;
  const scores = words.map((w) => model.slotScores(w));
  const bos = model.slotScores(BOS);
  const eos = model.slotScores(EOS);
  if (emissions.length < n * K) emissions = new Float64Array(Math.max(n * K, 2 * emissions.length));
  const em = emissions;
  const { self, first, prev1, next1, prev2, next2 } = SLOT_INDEX;
  for (let i = 0; i < n; i++) {
    const own = scores[i];
    const p1 = i >= 1 ? scores[i - 1] : bos;
    const n1 = i + 1 < n ? scores[i + 1] : eos;
    const p2 = i >= 2 ? scores[i - 2] : bos;
    const n2 = i + 2 < n ? scores[i + 2] : eos;
    const row = i * K;
    for (let t = 0; t < K; t++) {
      let v = own[self * K + t] + p1[prev1 * K + t] + n1[next1 * K + t] + p2[prev2 * K + t] + n2[next2 * K + t];
      if (i === 0) v += own[first * K + t];
      if (caps) v += own[SLOT_INDEX.caps * K + t];
      em[row + t] = v;
    }
  }
  const tags = viterbi(em, model.transition, n);
  let open: TaggedSpan | null = null;
  for (let i = 0; i < n; i++) {
    const tag = TAGS[tags[i]];
    if (tag[0] === 'I' && open) {
      open.last = offset + i;
      continue;
    }
    if (open) out.push(open);
    open = tag === 'O' ? null : { label: tag.slice(2) as NerLabel, first: offset + i, last: offset + i };
  }
  if (open) out.push(open);
}

/** Entity spans over `tokens`, in order. */
export function tagTokens(model: NerModel, tokens: readonly Token[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const [from, to] of sentences(tokens)) {
    tagSentence(model, tokens.slice(from, to).map((t) => t.text), out, from);
  }
  return out;
}
