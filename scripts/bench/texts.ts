import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newsArticles } from './generator';

/** CoNLL documents rebuilt as the shared scorer does: tokens joined by spaces, sentences by newlines. */
function conllDocuments(path: string): string[] {
  const docs: string[] = [];
  let sentences: string[] = [];
  let tokens: string[] = [];
  const endSentence = () => {
    if (tokens.length) sentences.push(tokens.join(' '));
    tokens = [];
  };
  const endDoc = () => {
    endSentence();
    if (sentences.length) docs.push(sentences.join('\n'));
    sentences = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const t = line.trim();
    if (t.startsWith('-DOCSTART-')) endDoc();
    else if (!t) endSentence();
    else tokens.push(t.split(/\s+/)[0]);
  }
  endDoc();
  return docs;
}

function txtFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** `count` items spread evenly over the list, so a short run still covers every outlet of a sorted folder. */
function spread<T>(items: T[], count: number): T[] {
  const n = Math.min(count, items.length);
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

/** Texts to time one pass over, and other texts of the same kind to warm up on first. */
export interface MeasuredTexts {
  source: string;
  /** What the sustained runs drop, and in-process extraction reads once. */
  measured: string[];
  /** Other texts, which the apps and in-process extraction warm up on first. */
  warmUp: string[];
}

/** The text sets a single pass can run over: real news from ../shared, else generated news. */
export type SinglePassSet = 'polnear' | 'conll' | 'generated';

/** Generated news of its own numbers: warm up and measure never share an article. */
const generated = (count: number): MeasuredTexts => ({ source: 'generated news', measured: newsArticles(200_000, count), warmUp: newsArticles(100_000, 84) });

/**
 * Where each real set lives under ../shared, and how its files become texts. PolNeAR's train texts are
 * measured after its dev texts, as issue 17's speed bar was; CoNLL's dev documents after its train
 * documents, because the NER model's words come from train.
 */
const REAL_SETS = {
  polnear: { source: 'PolNeAR train', measured: 'data/polnear/train/text', warmUp: 'data/polnear/dev/text', read: txtFiles },
  conll: { source: 'CoNLL-2003 dev', measured: 'data/conll2003/eng.testa', warmUp: 'data/conll2003/eng.train', read: conllDocuments },
};

const isPresent = (set: keyof typeof REAL_SETS, sharedRoot: string): boolean => existsSync(join(sharedRoot, REAL_SETS[set].measured)) && existsSync(join(sharedRoot, REAL_SETS[set].warmUp));

/** One set to time a single pass over, and other texts to warm up on, read at run time; generated news when ../shared lacks the set. */
export function singlePassTexts(set: SinglePassSet, sharedRoot: string, count: number): MeasuredTexts {
  if (set === 'generated' || !isPresent(set, sharedRoot)) return generated(count);
  const { source, measured, warmUp, read } = REAL_SETS[set];
  // Identical texts would be read twice: the PolNeAR train split has one such pair.
  return { source, measured: spread([...new Set(read(join(sharedRoot, measured)))], count), warmUp: read(join(sharedRoot, warmUp)) };
}

/** The PolNeAR train texts to measure and its dev texts to warm up on, read at run time when present, else generated news. */
export const pipelineTexts = (sharedRoot: string, count: number): MeasuredTexts => singlePassTexts('polnear', sharedRoot, count);

/** The sets the extraction section times: the real ones ../shared holds, else generated news. */
export function extractionSets(sharedRoot: string): SinglePassSet[] {
  const real = (['polnear', 'conll'] as const).filter((set) => isPresent(set, sharedRoot));
  return real.length ? real : ['generated'];
}
