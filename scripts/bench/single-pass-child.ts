import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { nodeArgsFor } from '@newsflow/platform';
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
