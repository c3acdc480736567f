import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Paragraphs } from './edits';

/** A real article the development set is built from, read from ../shared at run time (never copied). */
export interface SourceArticle {
  name: string;
  corpus: 'seeds' | 'polnear' | 'conll';
  /** Publication day, or null when the corpus does not say. */
  date: string | null;
  publisher: string | null;
  /** The names the article mentions (capitalised words, or CoNLL's entity column): what a story is about. */
  names: Set<string>;
  /** The first is the headline. */
  paragraphs: Paragraphs;
}

const CAPITALISED = /\b\p{Lu}[\p{L}'’-]{2,}/gu;
/** Capitalised words that open sentences or name the campaign everyone covered; they say nothing about the story. */
const COMMON_NAMES = new Set(
  'The This That These Those There They Their When What Where Which While With Without After Before But And For From Into Over Under Mr Mrs Ms Dr Trump Donald Clinton Hillary Republican Republicans Democrat Democrats Democratic Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December America American Americans President It In On At As He She We You If Not So Yet Also'.split(' '),
);

export function namesOf(text: string): Set<string> {
  return new Set((text.match(CAPITALISED) ?? []).map((w) => w.replace(/['’]s$/, '')).filter((w) => !COMMON_NAMES.has(w)));
}

const paragraphsOf = (text: string) => text.split(/\n/).map((l) => l.trim()).filter(Boolean);

function readSeeds(shared: string): SourceArticle[] {
  const dir = join(shared, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { name: `seed-${basename(f, '.txt')}`, corpus: 'seeds', date: '2021-02-11', publisher: null, names: namesOf(text), paragraphs: paragraphsOf(text) };
    });
}

/** PolNeAR dev and train: US political news of 2016 from seven publishers, with dates in metadata.tsv. */
function readPolnear(shared: string): SourceArticle[] {
  const root = join(shared, 'data/polnear');
  const meta = new Map<string, { publisher: string; date: string }>();
  for (const line of readFileSync(join(root, 'metadata.tsv'), 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols.length > 5) meta.set(cols[1], { publisher: cols[4], date: cols[5] });
  }
  return ['dev', 'train'].flatMap((split) => {
    const dir = join(root, split, 'text');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f): SourceArticle => {
        const text = readFileSync(join(dir, f), 'utf8');
        const m = meta.get(basename(f, '.txt'));
        return { name: `polnear-${basename(f, '.txt')}`, corpus: 'polnear', date: m?.date ?? null, publisher: m?.publisher ?? null, names: namesOf(text), paragraphs: paragraphsOf(text) };
      });
  });
}

/** CoNLL's tokens joined back into prose: no space before closing punctuation or after opening brackets. */
function detokenise(tokens: string[]): string {
  let out = '';
  let inQuote = false;
  for (const t of tokens) {
    const attachLeft = /^([.,;:!?%)\]}]|'s|'re|'ve|'ll|'d|n't|')$/i.test(t) || (t === '"' && inQuote);
    if (t === '"') inQuote = !inQuote;
    const prev = out.at(-1);
    const afterOpen = prev === '(' || prev === '[' || prev === '$' || (prev === '"' && inQuote && t !== '"');
    out += out === '' || attachLeft || afterOpen ? t : ` ${t}`;
  }
  return out;
}

/**
 * CoNLL-2003 dev documents (Reuters, August 1996): headline, dateline, then one sentence a paragraph as
 * wire copy prints it. Result tables (mostly numbers, or lines that are not sentences) and documents under
 * 80 words are left out.
 */
function readConll(shared: string): SourceArticle[] {
  const lines = readFileSync(join(shared, 'data/conll2003/eng.testa'), 'utf8').split('\n');
  const docs: { sentences: string[][]; names: Set<string> }[] = [];
  let doc: { sentences: string[][]; names: Set<string> } | null = null;
  let sentence: string[] = [];
  let entity: string[] = [];
  const endEntity = () => {
    if (doc && entity.length) doc.names.add(entity.join(' '));
    entity = [];
  };
  for (const line of lines) {
    const [token, , , tag] = line.split(' ');
    if (token === '-DOCSTART-') {
      doc = { sentences: [], names: new Set() };
      docs.push(doc);
      continue;
    }
    if (!doc) continue;
    if (!token) {
      endEntity();
      if (sentence.length) doc.sentences.push(sentence);
      sentence = [];
      continue;
    }
    sentence.push(token);
    if (tag && tag !== 'O' && !tag.endsWith('MISC')) entity.push(token);
    else endEntity();
  }
  return docs.flatMap((d, i): SourceArticle[] => {
    const tokens = d.sentences.flat();
    const numeric = tokens.filter((t) => /\d/.test(t)).length / Math.max(1, tokens.length);
    const prose = d.sentences.filter((s) => /^[.!?"]$/.test(s[s.length - 1])).length / d.sentences.length;
    if (tokens.length < 80 || numeric > 0.12 || prose < 0.6 || d.sentences.length < 5) return [];
    const dateline = d.sentences[1]?.join(' ') ?? '';
    const date = dateline.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
    const paragraphs = [detokenise(d.sentences[0]), ...d.sentences.slice(date ? 2 : 1).map(detokenise)];
    if (date) paragraphs[1] = `${dateline.replace(/\s*\d{4}-\d{2}-\d{2}.*$/, '').toUpperCase()} - ${paragraphs[1]}`;
    return [{ name: `conll-testa-${String(i).padStart(3, '0')}`, corpus: 'conll', date, publisher: 'reuters', names: d.names, paragraphs }];
  });
}

export function readSources(shared: string): SourceArticle[] {
  return [...readSeeds(shared), ...readPolnear(shared), ...readConll(shared)];
}
