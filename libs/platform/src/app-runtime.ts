/**
 * Node flags each app runs with, wherever it is launched (npm start, tests, bench). The watcher's heap
 * is capped: its live set is small (two path maps), and without a cap V8 lets garbage from 100,000 file
 * reads pile up to several hundred MB before collecting it.
 */
const NODE_ARGS: Record<string, string[]> = {
  watcher: ['--max-old-space-size=192'],
};

export function nodeArgsFor(app: string): string[] {
  return NODE_ARGS[app] ?? [];
}
