/**
 * Builds a dedupe development set in the scorer's gold.json shape (../shared/eval/README.md) from
 * real articles read at run time: the seeds and ../shared/data/polnear/dev/text. Positives are
 * edited copies (furniture, typography, dropped or trimmed paragraphs, word edits, new headline);
 * hard negatives are different articles sharing a big furniture block, short articles, and
 * same-story pairs (the five seeds report one story; PolNeAR articles of one date stand in for more).
 *   npx tsx scripts/dedupe-devset.ts [OUT_DIR=.data/dedupe-devset] [--seed N]
 * Deterministic for a given seed. Never write the output into the repository.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { applyEdits, EDIT_NAMES, EditName, Paragraphs } from './dedupe-devset/edits';
import { outletName, sharedOutletBlock } from './dedupe-devset/furniture';
import { Rng } from './dedupe-devset/rng';

interface SourceArticle {
  name: string;
  date: string | null;
  paragraphs: Paragraphs;
}

type NegativeKind = 'shared-boilerplate' | 'short' | 'same-story';

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

const SHARED = resolve('../shared');

function readArticles(): SourceArticle[] {
  const fromDir = (dir: string, dateOf: (file: string) => string | null) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({
        name: basename(f, '.txt'),
        date: dateOf(f),
        paragraphs: readFileSync(join(dir, f), 'utf8').split(/\n/).map((l) => l.trim()).filter(Boolean),
      }));
  return [
    ...fromDir(join(SHARED, 'seeds'), () => 'seeds'),
    ...fromDir(join(SHARED, 'data/polnear/dev/text'), (f) => f.match(/_(\d{4}-\d{2}-\d{2})_/)?.[1] ?? null),
  ];
}

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

function generate(seed: number): { gold: Gold; texts: Map<string, string> } {
  const rng = new Rng(seed);
  const articles = readArticles();
  const seeds = articles.filter((a) => a.date === 'seeds');
  const polnear = rng.shuffle(articles.filter((a) => a.date !== 'seeds'));
  // Headline-sized first lines only: seed 001 opens with its lead, not a headline.
  const headlines = articles.map((a) => a.paragraphs[0]).filter((h) => h.split(/\s+/).length <= 20);
  const ctx = { rng, otherHeadlines: headlines };

  // Seeds and most PolNeAR articles get edited copies; the rest only serve as hard negatives.
  const positiveBases = [...seeds, ...polnear.slice(0, 56)];
  const negativeBases = polnear.slice(56);

  const pending: { text: string; meta: GoldFile; group: string | null }[] = [];
  const negativePairs: { a: number; b: number; kind: NegativeKind }[] = [];
  const originalIndex = new Map<string, number>();

  for (const base of positiveBases) {
    originalIndex.set(base.name, pending.length);
    pending.push({ text: base.paragraphs.join('\n\n'), meta: { role: 'original', base: base.name, edits: [], negativeKind: null }, group: base.name });
    for (let v = rng.int(1, 3); v > 0; v--) {
      const edits = rng.sample(EDIT_NAMES, rng.int(1, 3));
      const text = applyEdits(base.paragraphs, edits, ctx).join(rng.chance(0.8) ? '\n\n' : '\n');
      pending.push({ text, meta: { role: 'variant', base: base.name, edits, negativeKind: null }, group: base.name });
    }
  }

  // Same story, different writers: every pair of seeds, and PolNeAR originals published the same day.
  const sameStory = (a: SourceArticle, b: SourceArticle) =>
    negativePairs.push({ a: originalIndex.get(a.name)!, b: originalIndex.get(b.name)!, kind: 'same-story' });
  seeds.forEach((a, i) => seeds.slice(i + 1).forEach((b) => sameStory(a, b)));
  const byDate = new Map<string, SourceArticle[]>();
  for (const a of positiveBases.filter((x) => x.date !== 'seeds')) byDate.set(a.date!, [...(byDate.get(a.date!) ?? []), a]);
  for (const group of byDate.values()) for (let i = 1; i < group.length; i++) sameStory(group[i - 1], group[i]);

  const addNegative = (base: SourceArticle, paragraphs: Paragraphs, kind: NegativeKind) => {
    pending.push({ text: paragraphs.join('\n\n'), meta: { role: 'negative', base: base.name, edits: [], negativeKind: kind }, group: null });
    return pending.length - 1;
  };

  // Different articles sharing one big furniture block, some of them short. Each base is used once.
  const remaining = [...negativeBases];
  while (remaining.length >= 6) {
    const outlet = outletName(rng);
    const block = sharedOutletBlock(rng, outlet, headlines);
    const [a, b] = remaining.splice(0, 2);
    const minWords = rng.pick([60, 120, 400]);
    const ia = addNegative(a, [...brief(a.paragraphs, minWords), ...block], 'shared-boilerplate');
    const ib = addNegative(b, [...brief(b.paragraphs, minWords), ...block], 'shared-boilerplate');
    negativePairs.push({ a: ia, b: ib, kind: 'shared-boilerplate' });

    // Short briefs from one outlet, under the same header and footer.
    const [c, d] = remaining.splice(0, 2);
    const header = [outlet, 'Home • Politics • World'];
    const ic = addNegative(c, [...header, ...brief(c.paragraphs, rng.int(20, 45)), `Follow the ${outlet} on Google News`], 'short');
    const id = addNegative(d, [...header, ...brief(d.paragraphs, rng.int(20, 45)), `Follow the ${outlet} on Google News`], 'short');
    negativePairs.push({ a: ic, b: id, kind: 'short' });
  }

  // Random file names so originals do not always come first in the scorer's name order.
  const order = rng.shuffle(pending.map((_, i) => i));
  const nameOf = new Map(order.map((i, k) => [i, `f${String(k).padStart(4, '0')}.txt`]));
  const files: Record<string, GoldFile> = {};
  const texts = new Map<string, string>();
  const groups = new Map<string, string[]>();
  pending.forEach((p, i) => {
    const name = nameOf.get(i)!;
    files[name] = p.meta;
    texts.set(name, p.text + '\n');
    if (p.group) groups.set(p.group, [...(groups.get(p.group) ?? []), name]);
  });
  const clusters = [...groups.values()].filter((c) => c.length >= 2).map((c) => c.sort());
  const pairs = negativePairs.map(({ a, b, kind }) => ({ files: [nameOf.get(a)!, nameOf.get(b)!] as [string, string], kind }));
  return { gold: { seed, clusters, files, negativePairs: pairs }, texts };
}

function main(argv: string[]): void {
  const seedAt = argv.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 20261122;
  const outDir = resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--seed') ?? '.data/dedupe-devset');
  const { gold, texts } = generate(seed);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of texts) writeFileSync(join(outDir, name), text);
  writeFileSync(join(outDir, 'gold.json'), JSON.stringify(gold, null, 1));
  const kinds = gold.negativePairs.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.kind]: (acc[p.kind] ?? 0) + 1 }), {});
  console.log(`wrote ${texts.size} files, ${gold.clusters.length} clusters, negative pairs ${JSON.stringify(kinds)} to ${outDir} (seed ${seed})`);
}

main(process.argv.slice(2));
