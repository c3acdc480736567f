import { FaultRun } from './support/fault-run';
import { faultMidRun } from './support/scenarios';
import { PG_ADMIN_URL } from '../support/services';
import { TcpProxy } from '../support/tcp-proxy';
import { freePort } from '../support/test-env';

describe('fault 3: PostgreSQL is cut off from every app mid-run and restored (TCP proxy the test cuts)', () => {
  let proxy: TcpProxy;
  let run: FaultRun;
  beforeAll(async () => {
    const admin = new URL(PG_ADMIN_URL);
    proxy = new TcpProxy(await freePort(), { host: admin.hostname, port: Number(admin.port || 5432) });
    await proxy.open();
    // The apps reach PostgreSQL only through the proxy; the test checks through a direct connection.
    run = new FaultRun({
      articles: 2000,
      seed: 303,
      appEnv: (env) => {
        const url = new URL(env.DATABASE_URL);
        url.port = String(proxy.port);
        return { DATABASE_URL: url.toString() };
      },
    });
    await run.setUp();
  });
  afterAll(async () => {
    await run?.tearDown();
    await proxy?.cut();
  });

  it('ends every file in exactly one expected state, with no row missing or doubled', () =>
    faultMidRun(run, async () => {
      await proxy.cut();
      run.note('PostgreSQL cut');
      await new Promise((r) => setTimeout(r, 8000));
      await proxy.open();
      run.note('PostgreSQL restored');
    }));
});
