import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface TextSet {
  name: string;
  texts: string[];
}

const WORDS = (
  'market budget council reform harvest energy bridge railway school hospital court border tariff treaty vote campaign ' +
  'protest festival drought flood investment pension salary factory port airport election committee minister agency'
).split(' ');
const NAMES = ['Anna Petrova', 'Boris Novak', 'Clara Schmidt', 'Dmitry Ivanov', 'Elena Rossi', 'Farid Silva', 'Greta Weber'];
const PLACES = ['Vilnius', 'Warsaw', 'Berlin', 'Paris', 'Madrid', 'Prague', 'Vienna'];

/** A small synthetic news article (a person quoted directly and indirectly, a place): distinct per `i`. */
export function syntheticArticle(i: number, words = 90): string {
  // xorshift32 in 32-bit integer arithmetic (a float LCG loses precision and repeats texts).
  let s = (Math.imul(i + 1, 2654435761) ^ 0x9e3779b9) >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const run = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  const person = NAMES[i % NAMES.length];
  const place = PLACES[(i >> 3) % PLACES.length];
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
