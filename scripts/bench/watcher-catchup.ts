import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Figure, median, progress } from './figures';
import { BenchStack, peakRssMb } from './stack';

/**
 * Start-up catch-up: `files` small distinct files already in the inbox (100 per folder), then the watcher
 * alone starts; files/s is ledger rows (each published and acknowledged by JetStream) over the time from
 * the watcher's start to the last row; peak RSS is the watcher process's VmHWM.
 */
async function catchUpOnce(files: number, run: number): Promise<{ filesPerSecond: number; peakMb: number }> {
  const stack = await BenchStack.create();
  try {
    progress(`watcher catch-up run ${run}: writing ${files} files`);
    for (let i = 0; i < files; i++) {
      const dir = join(stack.inbox, `d${Math.floor(i / 100)}`);
      if (i % 100 === 0) mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `f${i}.txt`), `Short note ${i} ${run}\n\nThe council met on ${i % 28} March to discuss item ${i * 7} of run ${run}.\n`);
    }
    const start = Date.now();
    const watcher = await stack.start('watcher');
    let peakMb = 0;
    let lastLog = 0;
    for (;;) {
      peakMb = Math.max(peakMb, peakRssMb(watcher.child.pid!));
      const [row] = await stack.db.query(`SELECT count(*)::int AS n, extract(epoch FROM max(updated_at)) * 1000 AS last FROM file_ledger`);
      if (row.n >= files) {
        const seconds = (Number(row.last) - start) / 1000;
        return { filesPerSecond: files / seconds, peakMb };
      }
      if (Date.now() - lastLog > 5000) {
        progress(`watcher catch-up run ${run}: ${row.n}/${files} files, RSS peak ${peakMb.toFixed(0)} MB`);
        lastLog = Date.now();
      }
      if (Date.now() - start > 900_000) throw new Error(`watcher catch-up: ${row.n}/${files} after 15 minutes`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await stack.destroy();
  }
}

export async function benchWatcherCatchUp(quick: boolean): Promise<Figure[]> {
  const files = quick ? 10_000 : 100_000;
  const runs = quick ? 1 : 2;
  const results = [];
  for (let r = 1; r <= runs; r++) results.push(await catchUpOnce(files, r));
  const note = `${files} files already in the inbox, watcher alone, median of ${runs}`;
  return [
    { section: 'watcher', name: 'catch-up, files published', value: median(results.map((r) => r.filesPerSecond)), unit: 'files/s', target: { atLeast: 2000 }, runs: results.map((r) => r.filesPerSecond), note },
    { section: 'watcher', name: 'catch-up, peak RSS', value: median(results.map((r) => r.peakMb)), unit: 'MB', target: { atMost: 256 }, runs: results.map((r) => r.peakMb), note },
  ];
}
