/**
 * Pair precision and recall of the dedupe CLI on a generated dev set (scripts/dedupe-devset.ts), per edit
 * kind, alone and combined: a pair counts for an edit when either file carries it; "alone" when the two
 * files carry no other edit, "combined" when they carry others too. Clusters come from the CLI's
 * duplicateOf links as the team's scorer builds them (its clustersFromLinks and parseOutput are reused).
 *   node dist/scripts/eval-dedupe-edits.js --dir DIR [--shared ../shared]
 * The last line reads DEDUPE_EDITS alone P=… R=… combined P=… R=…
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importModule } from './support/import-module';
import { formatTable } from './support/table';

interface Gold {
  clusters: string[][];
  files: Record<string, { edits: string[] }>;
}

interface Scorer {
  parseOutput(stdout: string, paths: string[]): { links: [number, number][] };
  clustersFromLinks(n: number, links: [number, number][]): number[];
}

interface Tally {
  gold: number;
  predicted: number;
  hit: number;
}

const tally = (): Tally => ({ gold: 0, predicted: 0, hit: 0 });
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');

function flag(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** Every pair of files counted under the edits either carries, alone or combined. */
function tallyPairs(names: string[], gold: Gold, root: number[]): { alone: Map<string, Tally>; combined: Map<string, Tally>; all: Tally } {
  const clusterOf = new Map<string, number>();
  gold.clusters.forEach((c, k) => c.forEach((n) => clusterOf.set(n, k)));
  const alone = new Map<string, Tally>();
  const combined = new Map<string, Tally>();
  const all = tally();
  const count = (t: Tally, positive: boolean, predicted: boolean) => {
    if (positive) t.gold++;
    if (predicted) t.predicted++;
    if (positive && predicted) t.hit++;
  };
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const positive = clusterOf.has(names[i]) && clusterOf.get(names[i]) === clusterOf.get(names[j]);
      const predicted = root[i] === root[j];
      if (!positive && !predicted) continue;
      count(all, positive, predicted);
      const edits = [...new Set([...gold.files[names[i]].edits, ...gold.files[names[j]].edits])];
      const into = edits.length === 1 ? alone : combined;
      for (const e of edits) {
        if (!into.has(e)) into.set(e, tally());
        count(into.get(e)!, positive, predicted);
      }
    }
  }
  return { alone, combined, all };
}

async function main(argv: string[]): Promise<void> {
  const dir = resolve(flag(argv, '--dir') ?? '.data/dedupe-devset');
  const shared = resolve(flag(argv, '--shared') ?? process.env.NEWSFLOW_SHARED ?? '../shared');
  const scorer = (await importModule(join(shared, 'eval', 'dedupe', 'score.mjs'))) as Scorer;
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const names = Object.keys(gold.files).sort();
  const paths = names.map((n) => join(dir, n));
  const tmp = mkdtempSync(join(tmpdir(), 'dedupe-edits-'));
  let stdout: string;
  try {
    writeFileSync(join(tmp, 'paths.txt'), paths.join('\n') + '\n');
    stdout = execFileSync(process.execPath, [join(__dirname, 'dedupe.js'), '--list', join(tmp, 'paths.txt')], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const root = scorer.clustersFromLinks(names.length, scorer.parseOutput(stdout, paths).links);
  const { alone, combined, all } = tallyPairs(names, gold, root);

  const kinds = [...new Set([...alone.keys(), ...combined.keys()])].sort();
  const cells = (t: Tally | undefined) => (t ? [String(t.gold), ratio(t.hit, t.predicted), ratio(t.hit, t.gold)] : ['0', '-', '-']);
  const rows = kinds.map((k) => [k, ...cells(alone.get(k)), ...cells(combined.get(k))]);
  const sum = (m: Map<string, Tally>) => [...m.values()].reduce((s, t) => ({ gold: s.gold + t.gold, predicted: s.predicted + t.predicted, hit: s.hit + t.hit }), tally());
  console.log(formatTable(['edit', 'alone: pairs', 'P', 'R', 'combined: pairs', 'P', 'R'], rows));
  console.log(`all pairs: ${all.gold} gold, P=${ratio(all.hit, all.predicted)} R=${ratio(all.hit, all.gold)} (a pair counts once per edit it carries, so the kinds overlap)`);
  const [a, c] = [sum(alone), sum(combined)];
  console.log(`DEDUPE_EDITS alone P=${ratio(a.hit, a.predicted)} R=${ratio(a.hit, a.gold)} combined P=${ratio(c.hit, c.predicted)} R=${ratio(c.hit, c.gold)}`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`eval-dedupe-edits: ${error.message}\n`);
  process.exitCode = 1;
});
