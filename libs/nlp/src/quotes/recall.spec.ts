import { findAttributions } from './attribution';
import { RULES_ONLY, extractQuotes } from './index';
import { findQuoteMarks } from './quote-marks';
import { RecallModel, USED, wordsOf, coveredTokens, cueCandidates, spanCandidates } from './recall';
import { CharSpan, RecallDoc, prepare, trainRecall } from './recall-training';
import { sentenceTokens, splitSentences } from './segment';
import { mentionsOf } from './test-helpers';

const PEOPLE = { 'Ms. Vale': ['PERSON', 'Ann Vale'], 'Mr. Orr': ['PERSON', 'Tom Orr'], 'Dr. Pell': ['PERSON', 'Eve Pell'], 'Ms. Kim': ['PERSON', 'Jo Kim'], 'Mr. Dunn': ['PERSON', 'Al Dunn'] } as const;
const mentions = (text: string) => mentionsOf(text, PEOPLE as unknown as Record<string, ['PERSON', string]>);

function tokensOf(text: string) {
  const marks = findQuoteMarks(text);
  const toks = sentenceTokens(text, splitSentences(text, marks)[0], marks);
  const found = findAttributions(text, toks, null);
  return { toks, found, covered: coveredTokens(toks.length, found) };
}

describe('recall candidates', () => {
  it('makes a candidate of a learned stem with its subject, and describes what follows it', () => {
    const text = 'Ms. Vale groused about the parking fees.';
    const { toks, covered } = tokensOf(text);
    const [cand, ...more] = cueCandidates(text, toks, covered, mentions(text), wordsOf(['grous']), false);
    expect(more).toHaveLength(0);
    expect(toks[cand.cue].low).toBe('groused');
    expect(text.slice(toks[cand.subject![0]].start, toks[cand.subject![1] - 1].end)).toBe('Ms. Vale');
    expect(cand.features).toEqual(expect.arrayContaining(['st=grous', 'f=about', 'subj=PERSON', 'sf=grous|about', 'rules=false']));
  });

  it('leaves out words the rules used or read as no cue, capitalised words and unseen stems; a word inside their content is nested', () => {
    const text = 'Mr. Orr said the tenants groused about the plan and Groused again.';
    const { toks, covered, found } = tokensOf(text);
    expect(found).toHaveLength(1);
    expect(covered[toks.findIndex((t) => t.low === 'said')]).toBe(USED);
    const cands = cueCandidates(text, toks, covered, mentions(text), wordsOf(['said', 'grous', 'plan']), true);
    expect(cands.map((c) => toks[c.cue].low)).toEqual(['groused']);
    expect(cands[0].features).toEqual(expect.arrayContaining(['nest=true', 'rules=true']));
  });

  it('reads a preposition ending a cue with the verb before it, whose subject is the source', () => {
    const text = 'Ms. Kim left early, and Mr. Orr groused about the rent.';
    const { toks, covered } = tokensOf(text);
    const cands = cueCandidates(text, toks, covered, mentions(text), wordsOf(['about']), false);
    expect(cands.map((c) => [toks[c.cueStart].low, toks[c.cue].low, text.slice(toks[c.subject![0]].start, toks[c.subject![1] - 1].end)])).toEqual([['groused', 'about', 'Mr. Orr']]);
  });

  it('offers the that-clause (with its "that"), the preposition phrase and the rest of the sentence as content', () => {
    const text = 'Dr. Pell groused on Friday that the bridge would close, citing costs.';
    const { toks, covered } = tokensOf(text);
    const [cand] = cueCandidates(text, toks, covered, mentions(text), wordsOf(['grous']), false);
    const spans = spanCandidates(toks, cand, covered).map((s) => text.slice(toks[s.range[0]].start, toks[s.range[1] - 1].end));
    expect(spans).toEqual(expect.arrayContaining(['that the bridge would close, citing costs', 'on Friday that the bridge would close']));
  });
});

/** The fragment metric's span trimming, as ../shared/eval applies it: spaces and punctuation at both ends. */
function normSpan(text: string, start: number, end: number): CharSpan {
  while (start < end && /[\s.,;:]/.test(text[start])) start++;
  while (end > start && /[\s.,;:]/.test(text[end - 1])) end--;
  return { start, end };
}

/** An invented article: "X groused about Y." lines, each a gold attribution, and one line that is none. */
function doc(lines: Array<[speaker: string, content: string]>): RecallDoc {
  let text = '';
  const attributions = lines.map(([speaker, content]) => {
    const start = text.length;
    text += `${speaker} groused about ${content}.\n\n`;
    const cue = start + speaker.length + 1;
    return { source: [{ start, end: start + speaker.length }], cue: [{ start: cue, end: cue + 'groused'.length }], content: [{ start: cue + 'groused about '.length, end: text.length - 3 }] };
  });
  text += 'The tenants groused.\n';
  return { text, entities: mentions(text), attributions };
}

/** Four examples: every weight is kept (on PolNeAR, weights below one update are pruned). */
const TINY = { epochs: 5, margin: 0, normSpan, minWeight: 0 };

describe('recall training', () => {
  const corpus = [
    doc([['Ms. Vale', 'the parking fees'], ['Mr. Orr', 'the late trains']]),
    doc([['Dr. Pell', 'the noisy roads'], ['Ms. Kim', 'the cold rooms']]),
  ];

  it('is deterministic: the same corpus gives the same bytes', () => {
    const a = JSON.stringify(trainRecall(prepare(corpus), TINY));
    expect(JSON.stringify(trainRecall(prepare(corpus), TINY))).toBe(a);
  });

  it('learns the cue, its content span and its source from the gold, and finds them in a new sentence', () => {
    const file = trainRecall(prepare(corpus), TINY);
    expect(file.stems).toEqual(['grous']);
    const text = 'Mr. Dunn groused about the broken lifts.';
    const quotes = extractQuotes(text, mentions(text), { cue: null, recall: new RecallModel(file), tagger: null });
    expect(quotes).toEqual([expect.objectContaining({ text: 'the broken lifts', speaker: expect.objectContaining({ text: 'Mr. Dunn' }), cue: expect.objectContaining({ text: 'groused' }) })]);
    expect(extractQuotes(text, mentions(text), RULES_ONLY)).toEqual([]);
  });
});
