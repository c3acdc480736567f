import { SourceArticle } from './sources';

const DAY_MS = 86_400_000;
/** Runs of this many words that two articles share verbatim: quotes do, independent reports little else. */
const VERBATIM_RUN = 8;
/** Two articles sharing more than this share of their runs copy each other: not different writers. */
const MAX_VERBATIM_SHARE = 0.15;

function runsOf(a: SourceArticle): Set<string> {
  const words = a.paragraphs.join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const runs = new Set<string>();
  for (let i = 0; i + VERBATIM_RUN <= words.length; i++) runs.add(words.slice(i, i + VERBATIM_RUN).join(' '));
  return runs;
}

function shared<T>(a: Set<T>, b: Set<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export interface SameStoryPair {
  a: SourceArticle;
  b: SourceArticle;
  /** Weight of the names both mention, as a share of the weight of the names of the article with fewer. */
  score: number;
}

/** A name weighs more the fewer articles mention it: "Zimmerman" tells the story, "New Hampshire" the season. */
function nameWeights(articles: readonly SourceArticle[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const a of articles) for (const n of a.names) df.set(n, (df.get(n) ?? 0) + 1);
  return new Map([...df].map(([n, d]) => [n, Math.log(articles.length / d)]));
}

/**
 * Reports of one story by different writers: same corpus, published within a day of each other (by
 * different publishers where the corpus has several), sharing at least `minScore` of their rarity-weighted
 * names and three names at least, and not copies of each other. Each article is used in at most one
 * pair; the strongest pairs come first.
 */
export function sameStoryPairs(articles: readonly SourceArticle[], minScore: number): SameStoryPair[] {
  const weights = nameWeights(articles);
  const weightOf = (names: Iterable<string>) => [...names].reduce((w, n) => w + (weights.get(n) ?? 0), 0);
  const dated = articles.filter((a) => a.date !== null);
  const total = new Map(dated.map((a) => [a.name, weightOf(a.names)]));
  const candidates: SameStoryPair[] = [];
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const [a, b] = [dated[i], dated[j]];
      if (a.corpus !== b.corpus || Math.abs(Date.parse(a.date!) - Date.parse(b.date!)) > DAY_MS) continue;
      if (a.corpus === 'polnear' && a.publisher === b.publisher) continue;
      const both = [...a.names].filter((n) => b.names.has(n));
      if (both.length < 3) continue;
      const score = weightOf(both) / Math.min(total.get(a.name)!, total.get(b.name)!);
      if (score >= minScore) candidates.push({ a, b, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name));
  const used = new Set<string>();
  const pairs: SameStoryPair[] = [];
  for (const c of candidates) {
    if (used.has(c.a.name) || used.has(c.b.name)) continue;
    const [ra, rb] = [runsOf(c.a), runsOf(c.b)];
    if (shared(ra, rb) > MAX_VERBATIM_SHARE * Math.min(ra.size, rb.size)) continue;
    used.add(c.a.name);
    used.add(c.b.name);
    pairs.push(c);
  }
  return pairs;
}

/**
 * The articles without those that copy an earlier one (a live blog and its update, a wire story two
 * publishers both ran): the set's gold would call such a pair two stories, and a detector that joins
 * them is right. Keeps the first of each group, in the given order.
 */
export function withoutCopies(articles: readonly SourceArticle[]): SourceArticle[] {
  const owners = new Map<string, number>();
  const kept: SourceArticle[] = [];
  const keptRuns: number[] = [];
  for (const a of articles) {
    const runs = runsOf(a);
    const sharedWith = new Map<number, number>();
    for (const r of runs) {
      const owner = owners.get(r);
      if (owner !== undefined) sharedWith.set(owner, (sharedWith.get(owner) ?? 0) + 1);
    }
    if ([...sharedWith].some(([k, n]) => n > MAX_VERBATIM_SHARE * Math.min(runs.size, keptRuns[k]))) continue;
    for (const r of runs) if (!owners.has(r)) owners.set(r, kept.length);
    kept.push(a);
    keptRuns.push(runs.size);
  }
  return kept;
}
