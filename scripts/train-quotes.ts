/**
 * Trains the learned cue of quote attribution (libs/nlp/src/quotes/learned-cue.ts) on the PolNeAR dev split, read from ../shared at run time, and writes libs/nlp/model/quotes.json.
 *   npm run train:quotes -- [--root DIR] [--eval DIR] [--epochs N] [--folds K] [--out FILE]
 * --folds K also reports K-fold cross-validated scores (by document) with the scorer's own matching code,
 * next to the rules alone; --folds 0 skips that.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractEntities } from '../libs/nlp/src/entities';
import { EntityMention, Quote } from '../libs/nlp/src/types';
import { extractQuotes } from '../libs/nlp/src/quotes';
import { findAttributions, trimRegion } from '../libs/nlp/src/quotes/attribution';
import { stem } from '../libs/nlp/src/quotes/learned-cue';
import { Example, trainAveragedPerceptron } from '../libs/nlp/src/quotes/linear-model';
import { QUOTES_MODEL_RELATIVE_PATH, QuoteModelFile, QuoteModels, quoteModels, RULES_ONLY } from '../libs/nlp/src/quotes/model-file';
import { findQuoteMarks } from '../libs/nlp/src/quotes/quote-marks';
import { sentenceTokens, splitSentences, Token } from '../libs/nlp/src/quotes/segment';

interface CharSpan {
  start: number;
  end: number;
}
interface GoldItem extends CharSpan {
  frags: CharSpan[];
  sources: CharSpan[];
}
interface Doc {
  name: string;
  text: string;
  gold: GoldItem[];
  entities: EntityMention[];
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

/** tsc turns import() into require() for CommonJS output, which cannot load the scorer's .mjs files. */
const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<any>;

async function loadScorer(evalDir: string): Promise<{ scorer: Scorer; loadSplit: (root: string, split: string) => { docs: Array<{ name: string; text: string; gold: GoldItem[] }> } }> {
  const data = await importModule(pathToFileURL(join(evalDir, 'lib', 'polnear-data.mjs')).href);
  const polnear = await importModule(pathToFileURL(join(evalDir, 'polnear.mjs')).href);
  return { scorer: { normSpan: data.normSpan, fragmentMatch: polnear.fragmentMatch }, loadSplit: data.loadSplit };
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
 * Subtracted from the bias: a learned cue must clear this margin. Chosen by 4-fold cross-validation on
 * dev (margins 0-8): a wrong learned cue costs source precision more than a right one gains recall.
 */
const CUE_MARGIN = 8;

/** The cue vocabulary is every stem seen as a right cue; the model is trained on those stems' candidates. */
function train(docs: Doc[], scorer: Scorer, epochs: number): QuoteModelFile {
  const examples = docs.flatMap((d) => examplesOf(d, scorer));
  const stems = cueStems(examples);
  const { bias, weights } = trainAveragedPerceptron(examples.filter((e) => stems.has(e.stem)), epochs);
  return { cue: { bias: bias - CUE_MARGIN, weights, stems: [...stems].sort() } };
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
}
const zero = (): Counts => ({ pred: 0, predWithSpeaker: 0, gold: 0, goldWithSource: 0, pTP: 0, gTP: 0, pSrcTP: 0, gSrcTP: 0 });
const overlaps = (a: CharSpan, b: CharSpan): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** The scorer's fragment metric (polnear.mjs main) accumulated over documents. */
function score(doc: Doc, quotes: Quote[], scorer: Scorer, c: Counts): void {
  const preds = quotes.map((q) => ({ ...scorer.normSpan(doc.text, q.start, q.end), speaker: q.speaker }));
  c.gold += doc.gold.length;
  c.goldWithSource += doc.gold.filter((g) => g.sources.length).length;
  c.pred += preds.length;
  c.predWithSpeaker += preds.filter((p) => p.speaker).length;
  const { owner, recalled } = scorer.fragmentMatch(preds, doc.gold);
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
  return `${label}: QUOTE_CONTENT ${prf(c.pTP, c.pred, c.gTP, c.gold)} QUOTE_SOURCE ${prf(c.pSrcTP, c.predWithSpeaker, c.gSrcTP, c.goldWithSource)}`;
}

function evaluate(docs: Doc[], models: QuoteModels, scorer: Scorer, c: Counts): void {
  for (const d of docs) score(d, extractQuotes(d.text, d.entities, models), scorer, c);
}

async function main(): Promise<void> {
  const root = resolve(arg('root', '../shared/data/polnear'));
  const evalDir = resolve(arg('eval', '../shared/eval'));
  const epochs = Number(arg('epochs', '10'));
  const folds = Number(arg('folds', '0'));
  const out = resolve(arg('out', QUOTES_MODEL_RELATIVE_PATH));
  const { scorer, loadSplit } = await loadScorer(evalDir);
  const docs: Doc[] = loadSplit(root, 'dev').docs.map((d) => ({ name: d.name, text: d.text, gold: d.gold, entities: extractEntities(d.text) }));
  process.stderr.write(`train-quotes: ${docs.length} PolNeAR dev documents\n`);
  if (folds > 1) {
    const rules = zero();
    const learned = zero();
    for (let f = 0; f < folds; f++) {
      const held = docs.filter((_, i) => i % folds === f);
      evaluate(held, RULES_ONLY, scorer, rules);
      evaluate(held, quoteModels(train(docs.filter((_, i) => i % folds !== f), scorer, epochs)), scorer, learned);
    }
    console.log(report('rules only (dev)', rules));
    console.log(report(`learned, ${folds}-fold cross-validated by document (dev)`, learned));
  }
  const file = train(docs, scorer, epochs);
  const trainedOnDev = zero();
  evaluate(docs, quoteModels(file), scorer, trainedOnDev);
  console.log(report('learned, trained on all of dev, scored on dev (train-on-dev)', trainedOnDev));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(file) + '\n');
  const size = readFileSync(out).length;
  console.log(`wrote ${out} (${(size / 1024).toFixed(0)} KB; ${file.cue!.stems.length} cue stems, ${Object.keys(file.cue!.weights).length} weights)`);
}

main().catch((e) => {
  process.stderr.write(`train-quotes: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
