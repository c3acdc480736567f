import { BOS, EOS, SLOT_INDEX, isCapsLine } from './features';
import { NerModel } from './model';
import { K as TAG_COUNT, TAGS } from './tagset';
import { Tokens } from './tokenize';
import { viterbiInto } from './viterbi';

// A module-local copy: hot loops must not read an imported binding (a getter under some loaders).
const K = TAG_COUNT;

export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A tagged entity: token indices, `last` inclusive. */
export interface TaggedSpan {
  label: NerLabel;
  first: number;
  last: number;
}

const INSIDE = TAGS.map((t) => t[0] === 'I');
const LABEL = TAGS.map((t) => t.slice(2) as NerLabel);

const SENTENCE_END = new Set(['.', '!', '?', '…', '...']);

function startsLowerCase(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return w[0] !== w[0].toUpperCase();
}

/** Sentence boundary before token i: a new line, or sentence-final punctuation before a non-lower-case word. */
function breaksBefore(tokens: Tokens, i: number): boolean {
  const prev = tokens.text[i - 1];
  return tokens.newline[i] || (prev.length <= 3 && SENTENCE_END.has(prev) && !startsLowerCase(tokens.text[i]));
}

/**
 * Title-case headlines ("Belarus Says It Will Remain Close ...") are rare in CoNLL but its ALL-CAPS
 * headlines are common, so such a line is tagged as if it were upper-cased.
 */
function isTitleLine(words: readonly string[]): boolean {
  let long = 0;
  for (const w of words) {
    if (w.length < 4) continue;
    const c = w.charCodeAt(0);
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
      if (c < 65 || c > 90) continue;
    } else {
      // A surrogate pair is tested as one code point here and fails the case test below, as a lone unit would.
      if (!/^\p{L}/u.test(w)) continue;
      if (w[0].toUpperCase() !== w[0] || w[0].toLowerCase() === w[0]) return false;
    }
    long++;
  }
  return long >= 4;
}

// Reused across sentences (single-threaded): allocation per sentence would dominate the cost.
let emissions = new Float64Array(256 * K);
let path = new Int32Array(256);
let at = new Int32Array(256);

const { self: SELF, first: FIRST, caps: CAPS, prev1: PREV1, next1: NEXT1, prev2: PREV2, next2: NEXT2 } = SLOT_INDEX;

/** Emission scores of one sentence into `emissions`: each token sums its own and its neighbours' slot scores. */
function scoreSentence(model: NerModel, words: readonly string[], caps: boolean): void {
  const n = words.length;
  if (emissions.length < n * K) emissions = new Float64Array(Math.max(n * K, 2 * emissions.length));
  if (at.length < n) at = new Int32Array(Math.max(n, 2 * at.length));
  model.trimCache();
  for (let i = 0; i < n; i++) at[i] = model.scoresAt(words[i]);
  const bos = model.scoresAt(BOS);
  const eos = model.scoresAt(EOS);
  const a = model.scores;
  const em = emissions;
  for (let i = 0; i < n; i++) {
    const own = at[i];
    const p1 = i >= 1 ? at[i - 1] : bos;
    const n1 = i + 1 < n ? at[i + 1] : eos;
    const p2 = i >= 2 ? at[i - 2] : bos;
    const n2 = i + 2 < n ? at[i + 2] : eos;
    const row = i * K;
    for (let t = 0; t < K; t++) {
      em[row + t] = a[own + SELF * K + t] + a[p1 + PREV1 * K + t] + a[n1 + NEXT1 * K + t] + a[p2 + PREV2 * K + t] + a[n2 + NEXT2 * K + t];
    }
    if (i === 0) for (let t = 0; t < K; t++) em[row + t] += a[own + FIRST * K + t];
    if (caps) for (let t = 0; t < K; t++) em[row + t] += a[own + CAPS * K + t];
  }
}

function tagSentence(model: NerModel, tokens: Tokens, from: number, to: number, out: TaggedSpan[]): void {
  const n = to - from;
  let words = tokens.text.slice(from, to);
  let caps = isCapsLine(words);
  if (!caps && isTitleLine(words)) {
    words = words.map((w) => w.toUpperCase());
    caps = true;
  }
  scoreSentence(model, words, caps);
  if (path.length < n) path = new Int32Array(Math.max(n, 2 * path.length));
  const tags = viterbiInto(emissions, model.preparedTransitions, n, path);
  let open: TaggedSpan | null = null;
  for (let i = 0; i < n; i++) {
    const tag = tags[i];
    if (INSIDE[tag] && open) {
      open.last = from + i;
      continue;
    }
    if (open) out.push(open);
    open = tag === 0 ? null : { label: LABEL[tag], first: from + i, last: from + i };
  }
  if (open) out.push(open);
}

/** Entity spans over `tokens`, in order, tagged sentence by sentence. */
export function tagTokens(model: NerModel, tokens: Tokens): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const count = tokens.text.length;
  let from = 0;
  for (let i = 1; i <= count; i++) {
    if (i < count && !breaksBefore(tokens, i)) continue;
    tagSentence(model, tokens, from, i, out);
    from = i;
  }
  return out;
}
