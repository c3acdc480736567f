/**
 * `npm run bench`: every speed figure of DESIGN §10 in one run on this machine, each with its target and
 * ratio, as a table on stdout and in bench/results.json. Misses are printed as MISSED, never hidden.
 *   npm run bench -- [--quick] [--only extraction,models,pipeline,watcher,dedupe,query] [--shared ../shared]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchDedupeSignatures } from './bench-dedupe';
import { benchDedupeLsh } from './bench/dedupe-lsh';
import { benchExtraction } from './bench/extraction';
import { Figure, formatTable, machine, progress, writeResults } from './bench/figures';
import { benchPipeline } from './bench/pipeline';
import { benchQuery } from './bench/query';
import { benchQuoteModels } from './bench/quote-models';
import { extractionSets } from './bench/texts';
import { benchWatcherCatchUp } from './bench/watcher-catchup';

const ROOT = resolve(__dirname, '..', '..');
const SECTIONS = ['extraction', 'models', 'pipeline', 'watcher', 'dedupe', 'query'] as const;
type Section = (typeof SECTIONS)[number];

function parseArgs(argv: string[]): { quick: boolean; only: Section[]; shared: string } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = (value('--only')?.split(',') ?? [...SECTIONS]) as Section[];
  const unknown = only.filter((s) => !SECTIONS.includes(s));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  return { quick: argv.includes('--quick'), only, shared: resolve(ROOT, value('--shared') ?? '../shared') };
}

async function dedupeSection(quick: boolean, shared: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  if (existsSync(join(shared, 'data/polnear/dev/text'))) {
    const sig = await benchDedupeSignatures({ sharedRoot: shared, rounds: quick ? 3 : 20 });
    figures.push({ section: 'dedupe', name: 'signature (boilerplate split excluded)', value: sig.signatureUsPerArticle / 1000, unit: 'ms/article', note: `${sig.articles} seeds+PolNeAR texts, ${sig.meanWords} words on average, ${sig.numHashes} hashes` });
  }
  return [...figures, ...(await benchDedupeLsh(quick))];
}

async function main(): Promise<void> {
  const { quick, only, shared } = parseArgs(process.argv.slice(2));
  progress(`sections ${only.join(', ')}${quick ? ' (quick)' : ''} on ${JSON.stringify(machine())}`);
  const run: Record<Section, () => Promise<Figure[]>> = {
    extraction: async () => benchExtraction(extractionSets(shared), quick, shared),
    models: async () => benchQuoteModels(quick, shared),
    pipeline: () => benchPipeline(quick, shared),
    watcher: () => benchWatcherCatchUp(quick),
    dedupe: () => dedupeSection(quick, shared),
    query: () => benchQuery(quick),
  };
  const figures: Figure[] = [];
  const failures: string[] = [];
  for (const section of only) {
    const started = Date.now();
    try {
      figures.push(...(await run[section]()));
    } catch (error) {
      failures.push(`${section}: ${(error as Error).message}`);
      progress(`section ${section} FAILED: ${(error as Error).stack}`);
    }
    progress(`section ${section} took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const out = join(ROOT, 'bench', 'results.json');
  writeResults(out, figures, { quick, only, failures });
  process.stdout.write(`\n${formatTable(figures)}\n\n${failures.map((f) => `FAILED ${f}\n`).join('')}results: ${out}\n`);
  if (failures.length) process.exitCode = 1;
}

void main();
