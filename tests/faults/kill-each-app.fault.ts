import { FaultRun } from './support/fault-run';
import { killEachAppAndRestart } from './support/scenarios';

describe('fault 1: kill -9 of each app at a random point, then restart', () => {
  const run = new FaultRun({ articles: 2000, seed: 101 });
  beforeAll(() => run.setUp());
  afterAll(() => run.tearDown());

  it('ends every file in exactly one expected state, with no row missing or doubled', () => killEachAppAndRestart(run));
});
