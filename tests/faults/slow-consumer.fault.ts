import { FaultRun } from './support/fault-run';
import { expectExactlyOnce } from './support/expect-exactly-once';

const ACK_WAIT_MS = 6000;
const HANDLER_MS = 7000;

describe('fault 6: a slow entities consumer whose handling outlasts ack_wait', () => {
  const run = new FaultRun({
    articles: 2000,
    seed: 606,
    env: { ACK_WAIT_MS: String(ACK_WAIT_MS) },
    // Many in flight at once so 2,000 slow articles still finish in about 90 s; working() fires every ACK_WAIT_MS/3.
    perApp: { entities: { NEWSFLOW_TEST_ENTITIES_DELAY_MS: String(HANDLER_MS), CONCURRENCY: '160', FETCH_BATCH: '160' } },
  });
  beforeAll(() => run.setUp());
  afterAll(() => run.tearDown());

  it('keeps each message with working() and processes every article exactly once, with no redelivery', async () => {
    expect(HANDLER_MS).toBeGreaterThan(ACK_WAIT_MS);
    await run.feed();
    await expectExactlyOnce(run);
    // Each accepted article was delivered to the entities consumer once: ack_wait never expired.
    const deliveries = await run.consumerDeliveries('entities');
    expect(deliveries).toEqual({ delivered: run.corpus.counts.unique, acked: run.corpus.counts.unique, redelivered: 0 });
  });
});
