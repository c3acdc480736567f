/**
 * Builds a dedupe development set in the scorer's gold.json shape (../shared/eval/README.md) from real
 * articles read at run time: the seeds, PolNeAR dev+train and CoNLL-2003 dev documents (short Reuters
 * wire stories). Positives are syndicated copies: most carry two to four edits at once (new headline,
 * house typography, truncation, word edits, the republisher's furniture), a share carry one, so each edit
 * is measured alone and combined. Negatives are same-story reports by different writers (same corpus,
 * within a day, sharing their rarer names, not copying each other), different articles under one big furniture
 * block, and short briefs of one outlet. Files come as .txt, .md, .json and .html, as a scraper writes them.
 *   node dist/scripts/dedupe-devset.js [OUT_DIR=.data/dedupe-devset] [--seed N] [--shared DIR]
 * Deterministic for a given seed. Never write the output into the repository.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyEdits, drawEdits, EditName, Paragraphs } from './dedupe-devset/edits';
import { render, pickFormat } from './dedupe-devset/formats';
import { outletName, sharedOutletBlock } from './dedupe-devset/furniture';
import { Rng } from './dedupe-devset/rng';
import { SameStoryPair, sameStoryPairs, withoutCopies } from './dedupe-devset/same-story';
import { readSources, SourceArticle } from './dedupe-devset/sources';

type NegativeKind = 'same-story' | 'shared-boilerplate' | 'short';

interface GoldFile {
  role: 'original' | 'variant' | 'negative';
  base: string;
  edits: EditName[];
  negativeKind: NegativeKind | null;
}

interface Gold {
  seed: number;
  clusters: string[][];
  files: Record<string, GoldFile>;
  negativePairs: { files: [string, string]; kind: NegativeKind }[];
}

/** Share of copies with a single edit: enough to measure each edit alone, the rest are combinations. */
const SINGLE_EDIT_SHARE = 0.25;
/** Same-story pairs whose articles also get copies (so a wrong merge joins two whole clusters), per corpus. */
const CLUSTERED_PAIRS = { polnear: 22, conll: 8 };
/** Further same-story pairs kept as lone articles. */
const LONE_PAIRS = { polnear: 10, conll: 4 };
/** Share of rarity-weighted names two reports must have in common to count as one story (same-story.ts). */
const SAME_STORY_MIN_SCORE = 0.25;
/** Articles that get copies without being in a same-story pair: the short end of PolNeAR. */
const EXTRA_SHORT_BASES = 12;

/** The first paragraphs of an article, at least `minWords` words of it: a brief. */
function brief(p: Paragraphs, minWords: number): Paragraphs {
  const out: Paragraphs = [];
  let n = 0;
  for (const para of p) {
    if (n >= minWords) break;
    out.push(para);
    n += para.split(/\s+/).length;
  }
  return out;
}

const wordsOf = (a: SourceArticle) => a.paragraphs.join(' ').split(/\s+/).length;

function generate(seed: number, shared: string): { gold: Gold; texts: Map<string, string> } {
  const rng = new Rng(seed);
  const articles = withoutCopies(readSources(shared));
  // Headline-sized first lines only: seed 001 opens with its lead, not a headline.
  const headlines = articles.map((a) => a.paragraphs[0]).filter((h) => h.split(/\s+/).length <= 20);
  const ctx = { rng, otherHeadlines: headlines };
  const seeds = articles.filter((a) => a.corpus === 'seeds');
  const inCorpus = (corpus: 'polnear' | 'conll') => rng.shuffle(sameStoryPairs(articles.filter((a) => a.corpus === corpus), SAME_STORY_MIN_SCORE));
  const polnearPairs = inCorpus('polnear');
  const conllPairs = inCorpus('conll');
  const clustered = [...polnearPairs.slice(0, CLUSTERED_PAIRS.polnear), ...conllPairs.slice(0, CLUSTERED_PAIRS.conll)];
  const lone = [
    ...polnearPairs.slice(CLUSTERED_PAIRS.polnear, CLUSTERED_PAIRS.polnear + LONE_PAIRS.polnear),
    ...conllPairs.slice(CLUSTERED_PAIRS.conll, CLUSTERED_PAIRS.conll + LONE_PAIRS.conll),
  ];
  const inPairs = new Set([...clustered, ...lone].flatMap((p) => [p.a.name, p.b.name]));
  const rest = rng.shuffle(articles.filter((a) => a.corpus === 'polnear' && !inPairs.has(a.name)));
  const extraBases = [...rest].sort((x, y) => wordsOf(x) - wordsOf(y)).slice(0, 60).filter((_, i) => i % 5 === 0).slice(0, EXTRA_SHORT_BASES);
  const used = new Set(extraBases.map((a) => a.name));
  const furnitureBases = rest.filter((a) => !used.has(a.name)).slice(0, 24);

  const pending: { paragraphs: Paragraphs; meta: GoldFile; group: string | null }[] = [];
  const indexOf = new Map<string, number>();
  const negativePairs: { a: number; b: number; kind: NegativeKind }[] = [];
  const addOriginal = (base: SourceArticle, role: 'original' | 'negative', group: string | null) => {
    indexOf.set(base.name, pending.length);
    pending.push({ paragraphs: base.paragraphs, meta: { role, base: base.name, edits: [], negativeKind: role === 'negative' ? 'same-story' : null }, group });
  };

  const positiveBases = [...seeds, ...clustered.flatMap((p) => [p.a, p.b]), ...extraBases];
  for (const base of positiveBases) {
    addOriginal(base, 'original', base.name);
    for (let v = rng.int(1, 3); v > 0; v--) {
      const edits = drawEdits(rng, SINGLE_EDIT_SHARE);
      pending.push({ paragraphs: applyEdits(base.paragraphs, edits, ctx), meta: { role: 'variant', base: base.name, edits, negativeKind: null }, group: base.name });
    }
  }
  for (const p of lone) [p.a, p.b].forEach((a) => addOriginal(a, 'negative', null));
  const sameStory = (a: SourceArticle, b: SourceArticle) => negativePairs.push({ a: indexOf.get(a.name)!, b: indexOf.get(b.name)!, kind: 'same-story' });
  seeds.forEach((a, i) => seeds.slice(i + 1).forEach((b) => sameStory(a, b)));
  [...clustered, ...lone].forEach((p: SameStoryPair) => sameStory(p.a, p.b));

  const addNegative = (base: SourceArticle, paragraphs: Paragraphs, kind: NegativeKind) => {
    pending.push({ paragraphs, meta: { role: 'negative', base: base.name, edits: [], negativeKind: kind }, group: null });
    return pending.length - 1;
  };
  // Different articles sharing one big furniture block, some of them short; then short briefs of one outlet.
  for (let k = 0; k + 4 <= furnitureBases.length; k += 4) {
    const [a, b, c, d] = furnitureBases.slice(k, k + 4);
    const outlet = outletName(rng);
    const block = sharedOutletBlock(rng, outlet, headlines);
    const minWords = rng.pick([60, 120, 400]);
    negativePairs.push({ a: addNegative(a, [...brief(a.paragraphs, minWords), ...block], 'shared-boilerplate'), b: addNegative(b, [...brief(b.paragraphs, minWords), ...block], 'shared-boilerplate'), kind: 'shared-boilerplate' });
    const header = [outlet, 'Home • Politics • World'];
    const footer = `Follow the ${outlet} on Google News`;
    negativePairs.push({ a: addNegative(c, [...header, ...brief(c.paragraphs, rng.int(20, 45)), footer], 'short'), b: addNegative(d, [...header, ...brief(d.paragraphs, rng.int(20, 45)), footer], 'short'), kind: 'short' });
  }

  // Random file names so originals do not always come first in the scorer's name order.
  const order = rng.shuffle(pending.map((_, i) => i));
  const nameOf = new Map(order.map((i, k) => [i, `f${String(k).padStart(4, '0')}.${pickFormat(rng)}`]));
  const files: Record<string, GoldFile> = {};
  const texts = new Map<string, string>();
  const groups = new Map<string, string[]>();
  pending.forEach((p, i) => {
    const name = nameOf.get(i)!;
    files[name] = p.meta;
    texts.set(name, render(p.paragraphs, name.split('.').pop()!, rng, rng.chance(0.8) ? '\n\n' : '\n'));
    if (p.group) groups.set(p.group, [...(groups.get(p.group) ?? []), name]);
  });
  const clusters = [...groups.values()].filter((c) => c.length >= 2).map((c) => c.sort());
  const pairs = negativePairs.map(({ a, b, kind }) => ({ files: [nameOf.get(a)!, nameOf.get(b)!] as [string, string], kind }));
  return { gold: { seed, clusters, files, negativePairs: pairs }, texts };
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/** One line saying what the set holds: files by role and corpus, copies by number and kind of edits, negatives by kind. */
function composition(gold: Gold, texts: Map<string, string>): string {
  const files = Object.entries(gold.files);
  const variants = files.filter(([, f]) => f.role === 'variant').map(([, f]) => f);
  const edits = variants.flatMap((f) => f.edits);
  const words = [...texts.values()].map((t) => t.split(/\s+/).length).sort((a, b) => a - b);
  return [
    `files ${JSON.stringify(countBy(files, ([, f]) => f.role))} by corpus ${JSON.stringify(countBy(files, ([, f]) => f.base.split('-')[0]))} by format ${JSON.stringify(countBy(files, ([n]) => n.split('.').pop()!))}`,
    `copies by number of edits ${JSON.stringify(countBy(variants, (f) => String(f.edits.length)))}, edits ${JSON.stringify(countBy(edits, (e) => e))}`,
    `negative pairs ${JSON.stringify(countBy(gold.negativePairs, (p) => p.kind))}; words per file median ${words[words.length >> 1]}, 10th percentile ${words[Math.floor(words.length / 10)]}`,
  ].join('\n');
}

function main(argv: string[]): void {
  const flag = (name: string) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);
  const seed = Number(flag('--seed') ?? 20261207);
  const shared = resolve(flag('--shared') ?? process.env.NEWSFLOW_SHARED ?? '../shared');
  const outDir = resolve(argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? '.data/dedupe-devset');
  const { gold, texts } = generate(seed, shared);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of texts) writeFileSync(join(outDir, name), text);
  writeFileSync(join(outDir, 'gold.json'), JSON.stringify(gold, null, 1));
  console.log(composition(gold, texts));
  console.log(`wrote ${texts.size} files, ${gold.clusters.length} clusters to ${outDir} (seed ${seed})`);
}

main(process.argv.slice(2));
