/**
 * The speaker of a content run the rules did not find: a linear model scores each entity mention and
 * subject pronoun of the run's sentence, from where it stands against the run and the words around it
 * ("Carson moved quickly to shut off speculation about …": Carson, two words before the verb that
 * governs the run). The best candidate speaks when its score is positive; otherwise the run has none.
 */
import { EntityMention } from '../types';
import { LinearModel, TrainedWeights } from './linear-model';
import { SUBJECT_PRONOUNS } from './lexicon';
import { Token, tokenRange } from './segment';

export interface SourceCandidate {
  range: [number, number];
  features: string[];
}

const bucket = (n: number): string => (n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 8 ? '5-8' : n <= 16 ? '9-16' : '17+');
const wordAt = (toks: readonly Token[], i: number): string => (i < 0 ? 'BOS' : i >= toks.length ? 'EOS' : toks[i].kind === 'quote' ? 'Q' : toks[i].low);

/** Token ranges of the sentence's mentions and subject pronouns that lie outside the run. */
function candidateRanges(toks: readonly Token[], [a, b]: [number, number], mentions: readonly EntityMention[]): Array<{ range: [number, number]; kind: string }> {
  const out: Array<{ range: [number, number]; kind: string }> = [];
  const taken = new Uint8Array(toks.length);
  for (const m of mentions) {
    const [from, to] = tokenRange(toks, m);
    if (from === to || (from < b && to > a)) continue;
    for (let i = from; i < to; i++) taken[i] = 1;
    out.push({ range: [from, to], kind: m.type });
  }
  toks.forEach((t, i) => {
    if (t.kind === 'word' && SUBJECT_PRONOUNS.has(t.low) && !taken[i] && (i < a || i >= b)) out.push({ range: [i, i + 1], kind: t.low });
  });
  return out;
}

/** Every candidate speaker of the run [a, b) with its features. */
export function sourceCandidates(toks: readonly Token[], run: [number, number], mentions: readonly EntityMention[], rulesFound: boolean): SourceCandidate[] {
  const [a, b] = run;
  const candidates = candidateRanges(toks, run, mentions);
  return candidates.map(({ range, kind }) => {
    const left = range[1] <= a;
    const gap = left ? a - range[1] : range[0] - b;
    const side = left ? 'L' : 'R';
    const closer = candidates.filter((c) => (left ? c.range[1] <= a && c.range[1] > range[1] : c.range[0] >= b && c.range[0] < range[0])).length;
    const after = wordAt(toks, range[1]);
    const before = wordAt(toks, range[0] - 1);
    return {
      range,
      features: [
        'bias', `k=${kind}`, `s=${side}`, `g=${side}${bucket(gap)}`, `kg=${kind}|${side}${bucket(gap)}`, `c=${side}${Math.min(closer, 3)}`,
        `a=${after}`, `sa=${side}|${after}`, `b=${before}`, `sb=${side}|${before}`, `r0=${side}|${wordAt(toks, a)}`, `r-1=${side}|${wordAt(toks, a - 1)}`,
        `first=${range[0] === 0}`, `rules=${rulesFound}`, `runlen=${bucket(b - a)}`, `ag=${after}|${bucket(gap)}`,
      ],
    };
  });
}

export class TaggedSpeakerModel {
  private readonly model: LinearModel;

  constructor(weights: TrainedWeights) {
    this.model = new LinearModel(weights.weights, weights.bias);
  }

  /** The token range of the run's speaker, or null. */
  pick(toks: readonly Token[], run: [number, number], mentions: readonly EntityMention[], rulesFound: boolean): [number, number] | null {
    let best: [number, number] | null = null;
    let bestScore = 0;
    for (const c of sourceCandidates(toks, run, mentions, rulesFound)) {
      const s = this.model.score(c.features);
      if (s > bestScore) {
        best = c.range;
        bestScore = s;
      }
    }
    return best;
  }
}
