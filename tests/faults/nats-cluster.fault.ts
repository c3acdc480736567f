import { FaultRun } from './support/fault-run';
import { OwnedNats } from './support/nats-servers';
import { faultMidRun } from './support/scenarios';

describe('fault 5: a 3-node NATS cluster with stream replicas 3 loses one node mid-run', () => {
  let nats: OwnedNats;
  let run: FaultRun;
  beforeAll(async () => {
    nats = await OwnedNats.cluster(3);
    run = new FaultRun({ articles: 2000, seed: 505, env: { NATS_URL: nats.url, STREAM_REPLICAS: '3' } });
    await run.setUp();
  });
  afterAll(async () => {
    await run?.tearDown();
    await nats?.destroy();
  });

  it('ends every file in exactly one expected state, with no row missing or doubled', () =>
    faultMidRun(run, async () => {
      // The node leading the stream is the hardest one to lose: its followers must elect a new leader.
      const leader = await run.streamLeader();
      const victim = nats.servers.find((s) => s.name === leader) ?? nats.servers[0];
      await victim.kill9();
      run.note(`cluster node ${victim.name} killed (-9)`);
    }));
});
