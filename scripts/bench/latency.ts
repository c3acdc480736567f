import { Figure, percentile, progress } from './figures';
import { dropText, waitLeft } from './inbox';
import { BenchStack } from './stack';
import { newsArticles } from './generator';

/**
 * Generated real-size articles, none dropped before, at 50 files/s for `seconds` on a running stack:
 * drop→stored and drop→queryable percentiles.
 */
export async function benchLatency(stack: BenchStack, seconds: number, section: string): Promise<Figure[]> {
  const window = stack.config.STABILITY_WINDOW_MS;
  const texts = newsArticles(1_000_000, 50 * seconds);
  progress(`${section}: dropping 50 files/s for ${seconds} s (stability window ${window} ms)`);
  const begin = Date.now();
  for (let i = 0; i < texts.length; i++) {
    const due = begin + i * 20;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    dropText(stack, 'latency-', i, texts[i]);
  }
  await waitLeft(stack, 'latency-', texts.length, section);
  // received_at is set in the dedupe stage's transaction, which stores the article row.
  const rows: Array<{ ms: number; stored_ms: number }> = await stack.db.query(
    `SELECT extract(epoch FROM (completed_at - dropped_at)) * 1000 AS ms, extract(epoch FROM (received_at - dropped_at)) * 1000 AS stored_ms
     FROM articles WHERE path LIKE 'latency-%' AND state = 'completed'`,
  );
  const of = (p: number, key: 'ms' | 'stored_ms') => percentile(rows.map((r) => Number(r[key])), p);
  const about = `${texts.length} generated real-size articles at 50/s, after the sustained run on the same stack; window ${window} ms`;
  const stored = `${about}; file mtime → article row stored by dedupe (listed and searchable; entities and quotes follow)`;
  const queryable = `${about}; file mtime → article completed in PostgreSQL (queryable)`;
  return [
    { section, name: 'drop→stored p50', value: of(50, 'stored_ms'), unit: 'ms', target: { atMost: window + 250 }, note: stored },
    { section, name: 'drop→stored p99', value: of(99, 'stored_ms'), unit: 'ms', target: { atMost: window + 1000 }, note: stored },
    { section, name: 'drop→queryable p50', value: of(50, 'ms'), unit: 'ms', target: { atMost: window + 250 }, note: queryable },
    { section, name: 'drop→queryable p99', value: of(99, 'ms'), unit: 'ms', target: { atMost: window + 1000 }, note: queryable },
  ];
}
