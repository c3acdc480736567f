import { connect } from 'nats';
import { Client } from 'pg';

export const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
export const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Fails at once with the name of the missing service, instead of a test timing out. The global setup
 * (global-setup.ts) has made both answer before any test file loads, so this catches one that stopped.
 */
export async function requireServices(natsUrl = NATS_URL, pgUrl = PG_ADMIN_URL): Promise<void> {
  try {
    const nc = await connect({ servers: natsUrl, timeout: 2000, reconnect: false });
    const jsm = await nc.jetstreamManager().catch(() => null);
    await nc.close();
    if (!jsm) throw new Error('the server answers but JetStream is not enabled (start nats-server with -js)');
  } catch (error) {
    throw new Error(`NATS is not reachable at ${natsUrl}: ${(error as Error).message}. Start it (see README) or set NATS_URL.`);
  }
  const pg = new Client({ connectionString: pgUrl, connectionTimeoutMillis: 2000 });
  try {
    await pg.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${pgUrl}: ${(error as Error).message}. Start it (see README) or set TEST_PG_ADMIN_URL.`);
  } finally {
    await pg.end().catch(() => undefined);
  }
}
