import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newsArticles } from './generator';

export interface TextSet {
  name: string;
  texts: string[];
}

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

export interface PipelineTexts {
  source: string;
  /** What the sustained runs drop, and in-process extraction reads once. */
  measured: string[];
  /** Other texts, which the apps and in-process extraction warm up on first. */
  warmUp: string[];
}

/** The PolNeAR train texts to measure and its dev texts to warm up on, read at run time when present, else generated news. */
export function pipelineTexts(sharedRoot: string, count: number): PipelineTexts {
  const train = join(sharedRoot, 'data/polnear/train/text');
  const dev = join(sharedRoot, 'data/polnear/dev/text');
  // Identical files become one article (the second is a duplicate file): the train split has one such pair.
  if (existsSync(train) && existsSync(dev)) return { source: 'PolNeAR train', measured: spread([...new Set(txtFiles(train))], count), warmUp: txtFiles(dev) };
  // Numbers of their own: the extraction section, earlier in the same process, reads newsArticles(0, 500).
  return { source: 'generated news', measured: newsArticles(200_000, count), warmUp: newsArticles(100_000, 84) };
}

/**
 * The texts the extraction section runs on, read at run time: the seeds, the PolNeAR dev texts and the
 * CoNLL dev documents from ../shared when present, else the seeds and generated articles.
 */
export function extractionTextSets(repoRoot: string, sharedRoot: string): TextSet[] {
  const sets: TextSet[] = [{ name: 'seeds', texts: txtFiles(join(repoRoot, 'seeds')) }];
  const polnear = join(sharedRoot, 'data/polnear/dev/text');
  const conll = join(sharedRoot, 'data/conll2003/eng.testa');
  if (existsSync(polnear)) sets.push({ name: 'polnear-dev', texts: txtFiles(polnear) });
  if (existsSync(conll)) sets.push({ name: 'conll-dev', texts: conllDocuments(conll) });
  if (sets.length === 1) sets.push({ name: 'generated', texts: newsArticles(0, 500) });
  return sets;
}
