/**
 * V8's garbage collector, one thread per app: on a box with fewer cores than busy processes (the apps,
 * PostgreSQL and NATS on two cores), parallel scavenger threads only fight the other processes for the
 * cores. Measured with `npm run bench -- --only pipeline`, interleaved: 4 runs with it, 5 without, on
 * 2026-12-07: 113–125 against 109–120 articles/s, 13.9–15.0 against 14.5–15.9 ms of CPU an article.
 */
const SINGLE_THREADED_GC = '--single-threaded-gc';

/**
 * Node flags each app runs with, wherever it is launched (npm start, tests, bench, and the Dockerfile's
 * command). The watcher's heap is capped: its live set is small (two path maps), and without a cap V8
 * lets garbage from 100,000 file reads pile up to several hundred MB before collecting it. The query
 * service keeps V8's defaults: it answers requests, where shorter pauses count more than CPU.
 */
const NODE_ARGS: Record<string, string[]> = {
  watcher: ['--max-old-space-size=192', SINGLE_THREADED_GC],
  dedupe: [SINGLE_THREADED_GC],
  entities: [SINGLE_THREADED_GC],
  quotes: [SINGLE_THREADED_GC],
};

export function nodeArgsFor(app: string): string[] {
  return NODE_ARGS[app] ?? [];
}
