import { FaultRun } from './support/fault-run';
import { replicasRacing } from './support/scenarios';

describe.each([2, 3])('fault 4: %i replicas of every consumer app racing on the same stream', (replicas) => {
  const run = new FaultRun({ articles: 2000, seed: 400 + replicas, replicas });
  beforeAll(() => run.setUp());
  afterAll(() => run.tearDown());

  it('ends every file in exactly one expected state, with no row missing or doubled', () => replicasRacing(run));
});
