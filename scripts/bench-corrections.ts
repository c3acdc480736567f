/**
 * `npm run bench:corrections [-- FILES]`: how soon a corrected file's new quotes are queryable, on a
 * throw-away stack of the built apps (own database, stream and inbox on the configured NATS and PostgreSQL),
 * followed by new files dropped at the same rate on the same stack, for comparison on a shared box.
 */
import { BenchApp, BenchStack } from './bench/stack';
import { benchCorrectionLatency } from './bench/correction-latency';
import { benchLatency } from './bench/latency';
import { formatTable } from './bench/figures';

const APPS: BenchApp[] = ['dedupe', 'entities', 'quotes', 'watcher'];

async function main(): Promise<void> {
  const files = Number(process.argv[2] ?? 500);
  const stack = await BenchStack.create();
  try {
    for (const app of APPS) await stack.start(app);
    const figures = await benchCorrectionLatency(stack, files, 'corrections');
    // New files at the same rate on the same stack, right after: what the box gives any drop at the moment.
    const drops = await benchLatency(stack, Math.max(1, Math.round(files / 50)), 'new files, same run');
    const shown = [...figures, ...drops.filter((f) => f.name !== 'drop→stored p99')];
    process.stdout.write(`${formatTable(shown)}\n${figures[0].note}\n`);
  } finally {
    await stack.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench:corrections: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
