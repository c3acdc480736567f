import { FaultRun } from './support/fault-run';
import { OwnedNats } from './support/nats-servers';
import { faultMidRun } from './support/scenarios';

describe('fault 2: the NATS server is killed and restarted mid-run (test-owned server, own port and data folder)', () => {
  let nats: OwnedNats;
  let run: FaultRun;
  beforeAll(async () => {
    nats = await OwnedNats.single();
    run = new FaultRun({ articles: 2000, seed: 202, env: { NATS_URL: nats.url } });
    await run.setUp();
  });
  afterAll(async () => {
    await run?.tearDown();
    await nats?.destroy();
  });

  it('ends every file in exactly one expected state, with no row missing or doubled', () =>
    faultMidRun(run, async () => {
      const [server] = nats.servers;
      await server.kill9();
      run.note('nats-server killed (-9)');
      await new Promise((r) => setTimeout(r, 3000));
      await server.start();
      run.note('nats-server restarted on the same port and data folder');
    }));
});
