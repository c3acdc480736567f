import { spawnSync } from 'node:child_process';
import { nodeArgsFor } from './app-runtime';

describe('nodeArgsFor', () => {
  it('runs the pipeline apps with one GC thread and the leaner JIT, and leaves the query service on V8 defaults', () => {
    for (const app of ['watcher', 'dedupe', 'entities', 'quotes']) {
      expect(nodeArgsFor(app)).toEqual(expect.arrayContaining(['--single-threaded-gc', '--max-inlined-bytecode-size-cumulative=150', '--interrupt-budget=264000']));
    }
    expect(nodeArgsFor('query')).toEqual([]);
  });

  it('gives flags this Node accepts: an unknown one would stop the app at start', () => {
    for (const app of ['watcher', 'dedupe', 'entities', 'quotes']) {
      const run = spawnSync(process.execPath, [...nodeArgsFor(app), '-e', 'process.exit(0)'], { encoding: 'utf8' });
      expect({ app, status: run.status, stderr: run.stderr }).toEqual({ app, status: 0, stderr: '' });
    }
  });
});
