import { FaultRun } from './support/fault-run';
import { killEachConsumerInsideTransaction } from './support/scenarios';

describe('fault 7: kill -9 of each consumer app while its batch transaction is open, then restart', () => {
  const run = new FaultRun({ articles: 300, seed: 707, settleTimeoutMs: 240_000 });
  beforeAll(() => run.setUp());
  afterAll(() => run.tearDown());

  it('ends every file in exactly one expected state, with no row missing or doubled', () => killEachConsumerInsideTransaction(run));
});
