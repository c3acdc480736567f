import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { progress } from './figures';
import { BenchStack } from './stack';

/** Completion timeouts allow for 10 articles/s at the least, far below today's rate. */
const timeoutMs = (articles: number) => 60_000 + articles * 100;

export function dropText(stack: BenchStack, prefix: string, i: number, text: string): void {
  writeFileSync(join(stack.inbox, `${prefix}${String(i).padStart(6, '0')}.txt`), text);
}

export function dropTexts(stack: BenchStack, prefix: string, texts: string[]): void {
  texts.forEach((text, i) => dropText(stack, prefix, i, text));
}

async function leftPipeline(stack: BenchStack, prefix: string): Promise<number> {
  // A near-duplicate ends as 'duplicate': it has left the pipeline too.
  const [row] = await stack.db.query(`SELECT count(*)::int AS n FROM articles WHERE path LIKE $1 AND state IN ('completed', 'duplicate')`, [`${prefix}%`]);
  return row.n;
}

/** Waits until `expected` articles dropped with `prefix` have left the pipeline, with progress every 3 s. */
export async function waitLeft(stack: BenchStack, prefix: string, expected: number, label: string): Promise<void> {
  const start = Date.now();
  let logged = start;
  while (Date.now() - start < timeoutMs(expected)) {
    const n = await leftPipeline(stack, prefix);
    if (n >= expected) return;
    if (Date.now() - logged > 3000) {
      progress(`${label}: ${n}/${expected} done`);
      logged = Date.now();
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${label}: only ${await leftPipeline(stack, prefix)}/${expected} done after ${timeoutMs(expected)} ms`);
}
