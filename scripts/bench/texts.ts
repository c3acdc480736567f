import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface TextSet {
  name: string;
  texts: string[];
}

const SYLLABLES = ['ba', 'ko', 'ri', 'ten', 'lu', 'mar', 'sa', 'vel', 'do', 'ni', 'pra', 'ge', 'tor', 'wi', 'han', 'zu', 'le', 'mo', 'kas', 'fi'];

function xorshift(seed: number): () => number {
  // xorshift32 in 32-bit integer arithmetic (a float LCG loses precision and repeats texts).
  let s = (Math.imul(seed + 1, 2654435761) ^ 0x9e3779b9) >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** A deterministic pseudo-word vocabulary: news text has tens of thousands of word types, not dozens. */
function vocabulary(size: number, seed: number, capitalised = false): string[] {
  const next = xorshift(seed);
  const words = new Set<string>();
  while (words.size < size) {
    let w = '';
    for (let k = 2 + Math.floor(next() * 3); k > 0; k--) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    words.add(capitalised ? w[0].toUpperCase() + w.slice(1) : w);
  }
  return [...words];
}

const WORDS = vocabulary(20_000, 1);
const GIVEN = vocabulary(300, 2, true);
const FAMILY = vocabulary(2_000, 3, true);
const PLACES = vocabulary(500, 4, true);

/**
 * A synthetic news article (a person quoted directly and indirectly, a place): distinct per `i`. Words
 * follow a Zipf-like frequency over a 20,000-word vocabulary, so unrelated articles share about as many
 * shingles as unrelated real articles do, and dedupe and quote grouping see realistic candidate counts.
 */
export function syntheticArticle(i: number, words = 90): string {
  const next = xorshift(i);
  const word = () => WORDS[Math.floor(WORDS.length * next() ** 2.5)];
  const run = (n: number) => Array.from({ length: n }, word).join(' ');
  const person = `${GIVEN[Math.floor(next() * GIVEN.length)]} ${FAMILY[Math.floor(next() * FAMILY.length)]}`;
  const place = PLACES[Math.floor(next() * PLACES.length)];
  const per = Math.max(4, Math.floor(words / 6));
  return [
    `Report ${i} on the ${run(4)} in ${place}`,
    `${place}, ${1 + (i % 28)} March 2024. The ${run(per)} ${i}.`,
    `“The ${run(per)},” ${person} said.`,
    `${person.split(' ')[1]} said that the ${run(per)} would ${run(per)} ${i}.`,
    `The ${run(per)} ${i * 7}.`,
  ].join('\n\n');
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
  if (sets.length === 1) sets.push({ name: 'generated', texts: Array.from({ length: 500 }, (_, i) => syntheticArticle(i, 400)) });
  return sets;
}
