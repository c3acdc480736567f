import { spawnSync } from 'node:child_process';
import { nodeArgsFor } from './app-runtime';

describe('nodeArgsFor', () => {
  it('runs the pipeline apps with one GC thread and the leaner JIT, and the query service with one GC thread and a larger young generation', () => {
    for (const app of ['watcher', 'dedupe', 'entities', 'quotes']) {
      expect(nodeArgsFor(app)).toEqual(expect.arrayContaining(['--single-threaded-gc', '--max-inlined-bytecode-size-cumulative=150', '--interrupt-budget=264000']));
    }
    expect(nodeArgsFor('query')).toEqual(['--single-threaded-gc', '--max-semi-space-size=32']);
    expect(nodeArgsFor('no-such-app')).toEqual([]);
  });

  it('gives flags this Node accepts: an unknown one would stop the app at start', () => {
    for (const app of ['watcher', 'dedupe', 'entities', 'quotes', 'query']) {
      const run = spawnSync(process.execPath, [...nodeArgsFor(app), '-e', 'process.exit(0)'], { encoding: 'utf8' });
      expect({ app, status: run.status, stderr: run.stderr }).toEqual({ app, status: 0, stderr: '' });
    }
  });
});
