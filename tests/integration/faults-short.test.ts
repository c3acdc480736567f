import { FaultRun } from '../faults/support/fault-run';
import { killEachAppAndRestart, replicasRacing } from '../faults/support/scenarios';

// Short versions of fault scenarios 1 and 4; the long ones (2,000+ articles) run under `npm run test:faults`.
describe('short fault 1: kill -9 of each app at a random point, then restart', () => {
  // Enough articles that the pipeline is still busy at each kill: it completes a batch of 64 in one step.
  const run = new FaultRun({ articles: 1000, seed: 5 });
  beforeAll(() => run.setUp());
  afterAll(() => run.tearDown());

  it('ends every file in exactly one expected state, with no row missing or doubled', () => killEachAppAndRestart(run));
});

describe('short fault 4: two replicas of every consumer app racing on the same stream', () => {
  const run = new FaultRun({ articles: 200, seed: 6, replicas: 2 });
  beforeAll(() => run.setUp());
  afterAll(() => run.tearDown());

  it('ends every file in exactly one expected state, with no row missing or doubled', () => replicasRacing(run));
});
