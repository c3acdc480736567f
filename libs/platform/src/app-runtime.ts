/**
 * V8's garbage collector, one thread per app: on a box with fewer cores than busy processes (the apps,
 * PostgreSQL and NATS on two cores), parallel scavenger threads only fight the other processes for the
 * cores. Measured with `npm run bench -- --only pipeline`, interleaved: 4 runs with it, 5 without, on
 * 2026-12-07: 113–125 against 109–120 articles/s, 13.9–15.0 against 14.5–15.9 ms of CPU an article.
 */
const SINGLE_THREADED_GC = '--single-threaded-gc';

/**
 * TurboFan, held to smaller compiles and given more type feedback before it compiles. The rule-based
 * NLP's large functions (findQuotes, findAttributions, extractEntities) meet new code paths in every new
 * text, deoptimize, and were compiled again with everything they call inlined: about 100 ms of
 * compiler-thread CPU each time, 1.1 s over one pass of the 839 PolNeAR train texts after a 5 s warm-up
 * (`--trace-opt`). A smaller inlining budget bounds each recompile, and twice the default interrupt budget
 * (132 KB of bytecode executed) optimizes fewer functions before their feedback settles. In-process, one
 * pass over unseen texts, medians of 3 runs, CPU of all threads per article: entities 1.00 → 0.88 ms,
 * quotes 1.03 → 0.68 ms, with the main thread no slower (0.91 → 0.86 and 0.56 → 0.45 ms).
 */
const LEANER_JIT = ['--max-inlined-bytecode-size-cumulative=150', '--interrupt-budget=264000'];

/**
 * The query service's pauses: one GC thread here too, and a young generation twice V8's default. On two
 * cores shared with PostgreSQL and the load, a parallel scavenge paused the service for 4 ms on average
 * and up to 14 ms, against 0.9 ms with one thread (its helpers wait for a free core). The larger young
 * generation halves the scavenges and lets fewer short-lived response objects reach the old generation,
 * so major collections fell from 8–11 to 2 a run. Quotes by speaker at 1,000 requests/s evenly paced, on
 * 100,000 stored articles: p99 11–58 ms with V8's defaults (nine runs), 5–28 ms with one GC thread (four),
 * 4–5 ms with both (four); the entity page at 500/s 7–11 → 6–7 ms, article detail at 1,500/s 8–14 → 4–6 ms.
 */
const QUERY_GC = [SINGLE_THREADED_GC, '--max-semi-space-size=32'];

/**
 * Node flags each app runs with, wherever it is launched (npm start, tests, bench, and the Dockerfile's
 * command). The watcher's heap is capped: its live set is small (two path maps), and without a cap V8
 * lets garbage from 100,000 file reads pile up to several hundred MB before collecting it.
 */
const NODE_ARGS: Record<string, string[]> = {
  watcher: ['--max-old-space-size=192', SINGLE_THREADED_GC, ...LEANER_JIT],
  dedupe: [SINGLE_THREADED_GC, ...LEANER_JIT],
  entities: [SINGLE_THREADED_GC, ...LEANER_JIT],
  quotes: [SINGLE_THREADED_GC, ...LEANER_JIT],
  query: QUERY_GC,
};

export function nodeArgsFor(app: string): string[] {
  return NODE_ARGS[app] ?? [];
}
