/**
 * Trains the entity tagger (libs/nlp/src/entities) from CoNLL-2003 eng.train, read from ../shared at run
 * time, and writes the pruned weights and gazetteer to libs/nlp/model/ner.json.
 *   npm run train:ner -- [--data FILE] [--epochs N] [--out FILE] [--min-weight W]
 * The gazetteer comes from compromise's lexicon (a devDependency) and from the words the training text
 * writes in lower case.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { NerModelFile } from '../libs/nlp/src/entities/model';
import { MODEL_RELATIVE_PATH } from '../libs/nlp/src/entities/model-file';
import { TrainingSentence, trainPerceptron } from '../libs/nlp/src/entities/perceptron';
import { isCapsLine, tokenFeatures } from '../libs/nlp/src/entities/features';
import { K, TAGS, TAG_INDEX, iob1ToIob2 } from '../libs/nlp/src/entities/tagset';

interface Sentence {
  words: string[];
  tags: string[];
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function readConll(path: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { words: [], tags: [] };
  const flush = () => {
    if (cur.words.length) out.push({ words: cur.words, tags: iob1ToIob2(cur.tags) });
    cur = { words: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const t = line.trim();
    if (!t || t.startsWith('-DOCSTART-')) { flush(); continue; }
    const cols = t.split(/\s+/);
    cur.words.push(cols[0]);
    cur.tags.push(cols[cols.length - 1]);
  }
  flush();
  return out;
}

// compromise lexicon tags → gazetteer classes; multi-word entries mark their words with "<class>~".
const LEXICON_CLASSES: Record<string, string> = {
  MaleName: 'FIRST', FemaleName: 'FIRST', FirstName: 'FIRST', LastName: 'LAST', Person: 'PERSON',
  Country: 'COUNTRY', City: 'CITY', Region: 'REGION', Place: 'PLACE', Organization: 'ORG', SportsTeam: 'ORG',
  Demonym: 'DEMONYM', Honorific: 'TITLE', Actor: 'ROLE', Month: 'TIME', WeekDay: 'TIME', Currency: 'CURRENCY',
};

function buildGazetteer(train: Sentence[]): Record<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise');
  const lexicon: Record<string, string | string[]> = nlp.model().one.lexicon;
  const classes = new Map<string, Set<string>>();
  const add = (cls: string, word: string) => {
    if (!/^[\p{L}\p{N}][\p{L}\p{N}'.&-]*$/u.test(word)) return;
    if (!classes.has(cls)) classes.set(cls, new Set());
    classes.get(cls)!.add(word);
  };
  for (const [entry, tagOrTags] of Object.entries(lexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    const parts = entry.split(' ');
    let named = false;
    for (const tag of tags) {
      const cls = LEXICON_CLASSES[tag];
      if (!cls) continue;
      named = true;
      if (parts.length === 1) add(cls, entry);
      else for (const p of parts) add(cls + '~', p);
    }
    if (!named && parts.length === 1 && !tags.includes('ProperNoun')) add('lc', entry);
  }
  const lowerCount = new Map<string, number>();
  for (const s of train) {
    if (isCapsLine(s.words)) continue;
    for (const w of s.words) if (/^\p{Ll}/u.test(w)) lowerCount.set(w, (lowerCount.get(w) ?? 0) + 1);
  }
  for (const [w, n] of lowerCount) if (n >= 2) add('lc', w);
  return Object.fromEntries([...classes].sort().map(([cls, words]) => [cls, [...words].sort().join(' ')]));
}

function main(): void {
  const root = resolve(__dirname.includes(`${join('dist', 'scripts')}`) ? join(__dirname, '..', '..') : join(__dirname, '..'));
  const data = resolve(arg('data', join(root, '..', 'shared', 'data', 'conll2003', 'eng.train')));
  const epochs = Number(arg('epochs', '12'));
  const minWeight = Number(arg('min-weight', '0.02'));
  const out = resolve(arg('out', join(root, MODEL_RELATIVE_PATH)));
  const scale = 1000;

  const train = readConll(data);
  const gazetteerFile = buildGazetteer(train);
  const gazetteer = new Map<string, string[]>();
  for (const [cls, words] of Object.entries(gazetteerFile)) for (const w of words.split(' ')) gazetteer.set(w, [...(gazetteer.get(w) ?? []), cls]);

  const ids = new Map<string, number>();
  const sentences: TrainingSentence[] = train.map((s) => {
    const caps = isCapsLine(s.words);
    return {
      features: s.words.map((_, i) => Int32Array.from(tokenFeatures(s.words, i, caps, gazetteer), (f) => {
        let id = ids.get(f);
        if (id === undefined) { id = ids.size; ids.set(f, id); }
        return id;
      })),
      gold: Int32Array.from(s.tags, (t) => TAG_INDEX.get(t) ?? 0),
    };
  });
  console.log(`train: ${sentences.length} sentences, ${ids.size} features, ${epochs} epochs`);
  const weights = trainPerceptron(sentences, ids.size, epochs, (e, errors) => console.log(`epoch ${e + 1}: ${errors} token errors`));

  const sparse: Record<string, number[]> = {};
  for (const [feature, id] of ids) {
    const entry: number[] = [];
    for (let t = 0; t < K; t++) {
      const v = weights.emission[id * K + t];
      if (Math.abs(v) >= minWeight) entry.push(t, Math.round(v * scale));
    }
    if (entry.length) sparse[feature] = entry;
  }
  const model: NerModelFile = {
    version: 1, tags: [...TAGS], scale, gazetteer: gazetteerFile,
    transition: Array.from(weights.transition, (v) => Math.round(v * scale)), weights: sparse,
  };
  mkdirSync(dirname(out), { recursive: true });
  const json = JSON.stringify(model);
  writeFileSync(out, json);
  console.log(`wrote ${out}: ${Object.keys(sparse).length} features kept, ${(json.length / 1e6).toFixed(2)} MB`);
}

main();
