/**
 * Boilerplate line-level precision/recall/F1 against the `boilerplate` lines of the seeds gold
 * (../shared/gold/seeds.gold.json, read at run time). Lines match as exact whole lines, repeats
 * counted, as the gold guidelines say.
 *   npx tsx scripts/eval-boilerplate.ts [--gold PATH] [--seeds DIR] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitBoilerplate } from '@newsflow/text';

interface SeedGoldDocument {
  file: string;
  boilerplate: string[];
}

export interface BoilerplateScore {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

function multiset(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.trimEnd(), (counts.get(line.trimEnd()) ?? 0) + 1);
  return counts;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [line, count] of a) n += Math.min(count, b.get(line) ?? 0);
  return n;
}

export function evaluateBoilerplate(
  goldPath = resolve('../shared/gold/seeds.gold.json'),
  seedsDir = resolve('../shared/seeds'),
  report: (line: string) => void = () => undefined,
): BoilerplateScore {
  const documents = (JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: SeedGoldDocument[] }).documents;
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const doc of documents) {
    const text = readFileSync(join(seedsDir, doc.file), 'utf8');
    const found = splitBoilerplate(text).boilerplateLines.map((l) => l.text);
    const goldLines = multiset(doc.boilerplate);
    const predictedLines = multiset(found);
    const hits = overlap(goldLines, predictedLines);
    tp += hits;
    predicted += found.length;
    gold += doc.boilerplate.length;
    report(`${doc.file}: gold=${doc.boilerplate.length} predicted=${found.length} tp=${hits}`);
    for (const [line] of predictedLines) if (!goldLines.has(line)) report(`  extra:  ${JSON.stringify(line)}`);
    for (const [line] of goldLines) if (!predictedLines.has(line)) report(`  missed: ${JSON.stringify(line)}`);
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, predicted, gold, precision, recall, f1 };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const verbose = args.includes('--verbose');
  const score = evaluateBoilerplate(
    resolve(flag('--gold') ?? '../shared/gold/seeds.gold.json'),
    resolve(flag('--seeds') ?? '../shared/seeds'),
    verbose ? (line) => console.log(line) : undefined,
  );
  const f = (x: number) => x.toFixed(3);
  console.log(
    `BOILERPLATE_LINE_P=${f(score.precision)} R=${f(score.recall)} F1=${f(score.f1)} gold=${score.gold} predicted=${score.predicted} tp=${score.tp}`,
  );
}
