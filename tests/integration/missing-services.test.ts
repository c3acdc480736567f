import { freePort } from '../support/test-env';
import { NATS_URL, PG_ADMIN_URL, requireServices } from '../support/services';

describe('tests that need a missing service', () => {
  it('fail at once naming NATS when it does not answer', async () => {
    const port = await freePort();
    const started = Date.now();
    await expect(requireServices(`nats://127.0.0.1:${port}`, PG_ADMIN_URL)).rejects.toThrow(new RegExp(`^NATS is not reachable at nats://127.0.0.1:${port}`));
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('fail at once naming PostgreSQL when it does not answer', async () => {
    const port = await freePort();
    await expect(requireServices(NATS_URL, `postgres://postgres@127.0.0.1:${port}/postgres`)).rejects.toThrow(/^PostgreSQL is not reachable at postgres:\/\/postgres@127.0.0.1:\d+\/postgres/);
  });
});
