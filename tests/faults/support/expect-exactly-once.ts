import { FaultRun } from './fault-run';

/** Settles the run and asserts every file's final state, every row once, and only poison dead-lettered. */
export async function expectExactlyOnce(run: FaultRun): Promise<void> {
  await run.settle();
  const { problems, summary } = await run.verify();
  const c = run.corpus.counts;
  process.stderr.write(`[faults] ${expect.getState().currentTestName}: ${JSON.stringify(summary)}\n  ${run.events.join('\n  ')}\n`);
  expect(problems.slice(0, 20)).toEqual([]);
  expect(summary).toMatchObject({
    files: c.files,
    published: c.unique + c.nearDuplicates,
    duplicateFiles: c.exactCopies,
    rejected: c.binary,
    ignored: c.unsupported,
    completed: c.unique,
    duplicates: c.nearDuplicates,
    deadLetters: c.poison,
  });
}
