import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { nodeArgsFor } from '@newsflow/platform';
import { median, progress } from './figures';
import { SinglePassSet } from './texts';

export interface SinglePass {
  articlesPerSecond: number;
  texts: number;
  source: string;
}

/** One pass of single-pass.js in a fresh process, with the Node flags the extracting stages run with. */
export function singlePassInChild(what: string, set: SinglePassSet, shared: string, count: number): SinglePass {
  const out = execFileSync(process.execPath, [...nodeArgsFor('quotes'), join(__dirname, 'single-pass.js'), what, set, shared, String(count)], { encoding: 'utf8' });
  return JSON.parse(out) as SinglePass;
}

export interface SinglePassRounds<W extends string> {
  /** Each extractor's articles/s, one a round. */
  runs: Map<W, number[]>;
  median: (what: W) => number;
  /** What an extractor's last pass read: "<count> <source>" (compromise stops early). */
  texts: (what: W) => string;
}

/** `rounds` rounds of one pass per extractor, taking turns so that none gets a faster hour of this box to itself. */
export function singlePassRounds<W extends string>(whats: readonly W[], set: SinglePassSet, shared: string, count: number, rounds: number, label: string): SinglePassRounds<W> {
  const runs = new Map<W, number[]>(whats.map((w) => [w, []]));
  const texts = new Map<W, string>();
  for (let round = 0; round < rounds; round++) {
    for (const what of whats) {
      const result = singlePassInChild(what, set, shared, count);
      texts.set(what, `${result.texts} ${result.source}`);
      runs.get(what)!.push(result.articlesPerSecond);
      progress(`${label}: ${set} ${what} ${result.articlesPerSecond.toFixed(0)} articles/s over ${result.texts} texts`);
    }
  }
  return { runs, median: (what) => median(runs.get(what)!), texts: (what) => texts.get(what)! };
}
