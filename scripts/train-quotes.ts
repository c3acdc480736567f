/**
 * Trains the learned parts of quote attribution on the PolNeAR train split, read from ../shared at run
 * time: the learned cue and the recall pass (libs/nlp/model/quotes.json), and the content tagger
 * (libs/nlp/model/quote-tagger.json).
 *   npm run train:quotes -- [--root DIR] [--eval DIR] [--epochs N] [--folds K] [--tune] [--check [--tagger]] [--out FILE] [--tagger-out FILE]
 * Dev is never trained on. --tune prints dev figures for each cue margin (the one choice made on dev);
 * --folds K prints K-fold cross-validation on train by document (each fold's articles out of its
 * training) beside the rules alone; --check (run by `npm run eval`) scores the committed model on dev
 * beside a 5-fold cross-validation and says whether training reproduces its bytes (--check --tagger: the
 * same for the content tagger alone). Same data, same
 * code, same bytes: fixed document order and seed, weights rounded and sorted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { importModule } from './support/import-module';
import { extractEntities } from '../libs/nlp/src/entities';
import { EntityMention, Quote } from '../libs/nlp/src/types';
import { extractQuotes } from '../libs/nlp/src/quotes';
import { findAttributions, trimRegion } from '../libs/nlp/src/quotes/attribution';
import { stem } from '../libs/nlp/src/quotes/learned-cue';
import { Example, TrainedWeights, trainAveragedPerceptron } from '../libs/nlp/src/quotes/linear-model';
import { QUOTES_MODEL_RELATIVE_PATH, QUOTE_TAGGER_RELATIVE_PATH, QuoteModelFile, QuoteModels, deployedModels, quoteModels, RULES_ONLY, taggerModels } from '../libs/nlp/src/quotes/model-file';
import { ContentTaggerFile } from '../libs/nlp/src/quotes/content-tagger';
import { trainContentTagger } from '../libs/nlp/src/quotes/content-tagger-training';
import { findQuoteMarks } from '../libs/nlp/src/quotes/quote-marks';
import { sentenceTokens, splitSentences, Token } from '../libs/nlp/src/quotes/segment';
import { GoldAttribution, PreparedDoc, RecallDoc, prepare, trainRecall } from '../libs/nlp/src/quotes/recall-training';

interface CharSpan {
  start: number;
  end: number;
}
interface GoldItem extends CharSpan {
  frags: CharSpan[];
  sources: CharSpan[];
}
interface Doc extends RecallDoc {
  name: string;
  gold: GoldItem[];
}
/** The scorer's own modules (../shared/eval), so cross-validated figures use its exact definitions. */
interface Scorer {
  normSpan(text: string, start: number, end: number): CharSpan;
  fragmentMatch(preds: CharSpan[], gold: GoldItem[]): { owner: number[]; recalled: boolean[] };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

interface SplitDoc {
  name: string;
  text: string;
  gold: GoldItem[];
  annFile: string;
}
interface ScorerData {
  loadSplit: (root: string, split: string) => { docs: SplitDoc[] };
  parseAnn: (raw: string) => { T: Map<string, { label: string; frags: number[][] }>; E: Array<{ type: string; args: string[][] }> };
  cpToUtf16: (text: string) => (i: number) => number;
}

async function loadScorer(evalDir: string): Promise<{ scorer: Scorer; data: ScorerData }> {
  const data = await importModule(join(evalDir, 'lib', 'polnear-data.mjs'));
  const polnear = await importModule(join(evalDir, 'polnear.mjs'));
  return { scorer: { normSpan: data.normSpan, fragmentMatch: polnear.fragmentMatch }, data };
}

/** The gold attributions of one article with their Cue spans (the scorer's gold items keep only contents and sources). */
function goldAttributions(root: string, split: string, d: SplitDoc, data: ScorerData, scorer: Scorer): GoldAttribution[] {
  const cp = data.cpToUtf16(d.text);
  const { T, E } = data.parseAnn(readFileSync(join(root, split, 'attributions', d.annFile), 'utf8'));
  const frags = (id: string): CharSpan[] => (T.get(id)?.frags ?? []).map(([s, e]) => scorer.normSpan(d.text, cp(s), cp(e))).filter((f) => f.end > f.start);
  const role = (args: string[][], name: RegExp): string[] => args.filter(([r]) => name.test(r)).map(([, id]) => id);
  return E.filter((e) => e.type.startsWith('Attribution')).map((e) => ({ cue: role(e.args, /^Cue\d*$/).flatMap(frags), content: role(e.args, /^Content\d*$/).flatMap(frags), source: role(e.args, /^Source\d*$/).flatMap(frags) })).filter((g) => g.cue.length && g.content.length);
}

const inside = (p: CharSpan, g: GoldItem): number => g.frags.reduce((n, f) => n + Math.max(0, Math.min(p.end, f.end) - Math.max(p.start, f.start)), 0);
/** The scorer's belonging rule: at least half of the prediction lies inside one gold item's fragments. */
const belongs = (p: CharSpan, gold: GoldItem[]): GoldItem | undefined => (p.end > p.start ? gold.find((g) => inside(p, g) * 2 >= p.end - p.start) : undefined);

interface CueExample extends Example {
  stem: string;
}

/** Every candidate of the learned cue (all considered and accepted), labelled from the gold. */
function examplesOf(doc: Doc, scorer: Scorer): CueExample[] {
  const { text, gold } = doc;
  const cue: CueExample[] = [];
  const charSpan = (toks: Token[], [a, b]: [number, number]): CharSpan => scorer.normSpan(text, toks[a].start, toks[b - 1].end);
  const marks = findQuoteMarks(text);
  for (const sentence of splitSentences(text, marks)) {
    const toks = sentenceTokens(text, sentence, marks);
    const candidates = new Map<number, string[]>();
    const attributions = findAttributions(text, toks, { considers: () => true, accept: (features, i) => (candidates.set(i, features), true) });
    for (const a of attributions) {
      if (!a.content) continue;
      const [from, to] = trimRegion(toks, a.content);
      if (to <= from) continue;
      const features = candidates.get(a.cue[0]);
      if (features) {
        // right when the content belongs to a gold item and the speaker is that item's source
        const owner = belongs(charSpan(toks, [from, to]), gold);
        const speaker = a.speaker && { start: toks[a.speaker[0]].start, end: toks[a.speaker[1] - 1].end };
        cue.push({ features, stem: stem(toks[a.cue[0]].low), positive: !!owner && !!speaker && owner.sources.some((s) => overlaps(s, speaker)) });
      }
    }
  }
  return cue;
}

/**
 * Stems that were a right cue in at least MIN_STEM_PRECISION of their candidates: a stem that is rarely
 * a cue ("has", "is") would cost a scoring on every occurrence for little gain.
 */
function cueStems(examples: CueExample[]): Set<string> {
  const seen = new Map<string, [number, number]>();
  for (const e of examples) {
    const c = seen.get(e.stem) ?? [0, 0];
    c[0] += e.positive ? 1 : 0;
    c[1]++;
    seen.set(e.stem, c);
  }
  return new Set([...seen].filter(([, [pos, all]]) => pos > 0 && pos >= MIN_STEM_PRECISION * all).map(([s]) => s));
}
const MIN_STEM_PRECISION = 0.3;
/**
 * Subtracted from the cue's bias: a learned cue must clear this margin (a wrong one costs source
 * precision more than a right one gains recall). The filter behind it gets the final say.
 */
const CUE_MARGIN = 8;
/** Subtracted from the recall cue's bias; the one choice tuned on dev (--tune). */
const RECALL_MARGIN = -4;
const TUNED_MARGINS = [-6, -4, -2, 0, 2, 4, 8];
/** Weights below one perceptron update are dropped from the file: dev is unchanged and the file is half the size. */
const MIN_WEIGHT = 1;

function pruned({ bias, weights }: TrainedWeights): TrainedWeights {
  const kept: Record<string, number> = {};
  for (const f of Object.keys(weights).sort()) if (Math.abs(weights[f]) >= MIN_WEIGHT) kept[f] = weights[f];
  return { bias, weights: kept };
}

/** The cue vocabulary is every stem seen as a right cue; the model is trained on those stems' candidates. */
function train(docs: Doc[], prepared: PreparedDoc[], scorer: Scorer, epochs: number, recallMargin = RECALL_MARGIN): QuoteModelFile {
  const examples = docs.flatMap((d) => examplesOf(d, scorer));
  const stems = cueStems(examples);
  const { bias, weights } = pruned(trainAveragedPerceptron(examples.filter((e) => stems.has(e.stem)), epochs));
  return { cue: { bias: bias - CUE_MARGIN, weights, stems: [...stems].sort() }, recall: trainRecall(prepared, { epochs, margin: recallMargin, normSpan: scorer.normSpan }) };
}

interface Counts {
  pred: number;
  predWithSpeaker: number;
  gold: number;
  goldWithSource: number;
  pTP: number;
  gTP: number;
  pSrcTP: number;
  gSrcTP: number;
  /** Predictions whose trimmed span is exactly a gold content's (each gold counted once). */
  exact: number;
}
const zero = (): Counts => ({ pred: 0, predWithSpeaker: 0, gold: 0, goldWithSource: 0, pTP: 0, gTP: 0, pSrcTP: 0, gSrcTP: 0, exact: 0 });
const overlaps = (a: CharSpan, b: CharSpan): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** The scorer's fragment metric (polnear.mjs main) accumulated over documents. */
function score(doc: Doc, quotes: Quote[], scorer: Scorer, c: Counts): void {
  const preds = quotes.map((q) => ({ ...scorer.normSpan(doc.text, q.start, q.end), speaker: q.speaker }));
  c.gold += doc.gold.length;
  c.goldWithSource += doc.gold.filter((g) => g.sources.length).length;
  c.pred += preds.length;
  c.predWithSpeaker += preds.filter((p) => p.speaker).length;
  const { owner, recalled } = scorer.fragmentMatch(preds, doc.gold);
  const spans = new Set(preds.map((p) => `${p.start}:${p.end}`));
  c.exact += doc.gold.filter((g) => spans.has(`${g.start}:${g.end}`)).length;
  const sourceOk = (i: number, j: number): boolean => !!preds[i].speaker && doc.gold[j].sources.some((s) => overlaps(preds[i].speaker!, s));
  preds.forEach((_, i) => {
    if (owner[i] < 0 || !recalled[owner[i]]) return;
    c.pTP++;
    if (sourceOk(i, owner[i])) c.pSrcTP++;
  });
  doc.gold.forEach((_, j) => {
    if (!recalled[j]) return;
    c.gTP++;
    if (preds.some((__, i) => owner[i] === j && sourceOk(i, j))) c.gSrcTP++;
  });
}

function report(label: string, c: Counts): string {
  const prf = (tpP: number, nP: number, tpG: number, nG: number): string => {
    const p = nP ? tpP / nP : 0;
    const r = nG ? tpG / nG : 0;
    return `F1=${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} (P=${p.toFixed(3)} R=${r.toFixed(3)})`;
  };
  return `${label}: QUOTE_CONTENT ${prf(c.pTP, c.pred, c.gTP, c.gold)} QUOTE_SOURCE ${prf(c.pSrcTP, c.predWithSpeaker, c.gSrcTP, c.goldWithSource)} exact_content ${prf(c.exact, c.pred, c.exact, c.gold)}`;
}

function evaluate(docs: Doc[], models: QuoteModels, scorer: Scorer, c: Counts): void {
  for (const d of docs) score(d, extractQuotes(d.text, d.entities, models), scorer, c);
}

function cueCount(file: QuoteModelFile): string {
  const r = file.recall!;
  return `${file.cue!.stems.length} cue stems, ${Object.keys(file.cue!.weights).length} weights; recall: ${r.stems.length} stems, ${Object.keys(r.cue.weights).length}+${Object.keys(r.span.weights).length} weights`;
}

/** The fold of each document: identical texts (the split holds one duplicated file) share a fold. */
function foldsOf(docs: Doc[], folds: number): number[] {
  const first = new Map<string, number>();
  return docs.map((d, i) => {
    if (!first.has(d.text)) first.set(d.text, i);
    return first.get(d.text)! % folds;
  });
}

/** Passes over the training sentences: cross-validated content F1 on train is flat from 8 to 12. */
const TAGGER_EPOCHS = 8;
const trainTagger = (docs: Doc[]): ContentTaggerFile => trainContentTagger(docs.map((d) => ({ text: d.text, entities: d.entities, contents: d.gold.map((g) => g.frags), sources: d.gold.map((g) => g.sources) })), TAGGER_EPOCHS);

/** `--check --tagger`: the committed tagger on dev, beside the rules, and K-fold cross-validation on train. */
function checkTagger(docs: Doc[], dev: Doc[], folds: number, scorer: Scorer, out: string): void {
  const { rules, learned: tagged } = crossValidate(docs, folds, scorer, (rest) => taggerModels(trainTagger(docs.filter(rest))));
  const committed = readFileSync(out, 'utf8');
  const onDev = zero();
  const rulesOnDev = zero();
  evaluate(dev, taggerModels(JSON.parse(committed) as ContentTaggerFile), scorer, onDev);
  evaluate(dev, RULES_ONLY, scorer, rulesOnDev);
  const reproduced = JSON.stringify(trainTagger(docs)) + '\n' === committed;
  console.log(report(`rules alone, ${folds}-fold cross-validated by document, train`, rules));
  console.log(report(`rules+tagger, ${folds}-fold cross-validated by document, train`, tagged));
  console.log(`QUOTE_TAGGER dev ${brief(onDev)} (rules alone ${brief(rulesOnDev)}) | rules+tagger CV${folds} on train ${brief(tagged)} (rules alone ${brief(rules)}) | reproduced by training: ${reproduced ? 'yes' : 'NO'}`);
}

/** K-fold cross-validation on train by document: each fold is scored by a model trained without it. */
function crossValidate(docs: Doc[], folds: number, scorer: Scorer, trained: (rest: (_: unknown, i: number) => boolean) => QuoteModels): { rules: Counts; learned: Counts } {
  const fold = foldsOf(docs, folds);
  const rules = zero();
  const learned = zero();
  for (let f = 0; f < folds; f++) {
    const held = docs.filter((_, i) => fold[i] === f);
    evaluate(held, RULES_ONLY, scorer, rules);
    evaluate(held, trained((_, i) => fold[i] !== f), scorer, learned);
  }
  return { rules, learned };
}

const f1 = (tp: number, nP: number, tpG: number, nG: number): string => {
  const p = nP ? tp / nP : 0;
  const r = nG ? tpG / nG : 0;
  return (p + r ? (2 * p * r) / (p + r) : 0).toFixed(3);
};
const brief = (c: Counts): string => `content=${f1(c.pTP, c.pred, c.gTP, c.gold)} source=${f1(c.pSrcTP, c.predWithSpeaker, c.gSrcTP, c.goldWithSource)} exact=${f1(c.exact, c.pred, c.exact, c.gold)}`;

async function main(): Promise<void> {
  const root = resolve(arg('root', '../shared/data/polnear'));
  const evalDir = resolve(arg('eval', '../shared/eval'));
  const epochs = Number(arg('epochs', '10'));
  const check = process.argv.includes('--check');
  const folds = Number(arg('folds', check ? '5' : '0'));
  const out = resolve(arg('out', QUOTES_MODEL_RELATIVE_PATH));
  const taggerOut = resolve(arg('tagger-out', QUOTE_TAGGER_RELATIVE_PATH));
  const { scorer, data } = await loadScorer(evalDir);
  const load = (split: string): Doc[] => data.loadSplit(root, split).docs.map((d) => ({ name: d.name, text: d.text, gold: d.gold, entities: extractEntities(d.text), attributions: goldAttributions(root, split, d, data, scorer) }));
  const docs = load('train');
  const dev = load('dev');
  process.stderr.write(`train-quotes: ${docs.length} PolNeAR train documents (dev: ${dev.length}, never trained on)\n`);
  if (check && process.argv.includes('--tagger')) return checkTagger(docs, dev, folds, scorer, taggerOut);
  const prepared = prepare(docs);
  const file = train(docs, prepared, scorer, epochs);
  const bytes = JSON.stringify(file) + '\n';
  if (process.argv.includes('--tune')) {
    for (const margin of TUNED_MARGINS) {
      const c = zero();
      evaluate(dev, deployedModels(train(docs, prepared, scorer, epochs, margin)), scorer, c);
      console.log(report(`recall margin ${margin} (dev)`, c));
    }
  }
  const cv = folds > 1 ? crossValidate(docs, folds, scorer, (rest) => deployedModels(train(docs.filter(rest), prepared.filter(rest), scorer, epochs))) : null;
  if (cv) {
    console.log(report('rules only, train', cv.rules));
    console.log(report(`learned, ${folds}-fold cross-validated by document, train`, cv.learned));
  }
  const rulesOnDev = zero();
  evaluate(dev, RULES_ONLY, scorer, rulesOnDev);
  console.log(report('rules only, dev', rulesOnDev));
  if (check) {
    // `npm run eval`: the committed model on dev, beside its cross-validation on train
    const committed = readFileSync(out, 'utf8');
    const onDev = zero();
    evaluate(dev, deployedModels(JSON.parse(committed) as QuoteModelFile), scorer, onDev);
    console.log(report('committed model, dev', onDev));
    const cvPart = cv ? ` | rules+model CV${folds} on train ${brief(cv.learned)} (rules alone ${brief(cv.rules)})` : '';
    console.log(`QUOTES_MODEL dev ${brief(onDev)} (rules alone ${brief(rulesOnDev)})${cvPart} | reproduced by training: ${committed === bytes ? 'yes' : 'NO'}`);
    return;
  }
  const onDev = zero();
  evaluate(dev, deployedModels(file), scorer, onDev);
  console.log(report('learned (trained on train), dev', onDev));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`wrote ${out} (${(bytes.length / 1024).toFixed(0)} KB; ${cueCount(file)})`);
  const tagger = trainTagger(docs);
  const taggerBytes = JSON.stringify(tagger) + '\n';
  const taggedDev = zero();
  evaluate(dev, taggerModels(tagger), scorer, taggedDev);
  console.log(report('content tagger (trained on train), dev', taggedDev));
  writeFileSync(taggerOut, taggerBytes);
  console.log(`wrote ${taggerOut} (${(taggerBytes.length / 1024).toFixed(0)} KB; ${tagger.vocab.length} words, ${tagger.index.length} feature rows)`);
}

main().catch((e) => {
  process.stderr.write(`train-quotes: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
