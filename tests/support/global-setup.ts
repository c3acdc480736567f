/**
 * Jest global setup of the integration (and fault) tests: when NATS or PostgreSQL does not answer at
 * NATS_URL / TEST_PG_ADMIN_URL, start them once for the whole run, as `npm start` does (nats-server from
 * PATH, embedded PostgreSQL), or stop at once with the command that installs what is missing.
 */
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type * as Services from '../../scripts/support/services';
import { NATS_URL, PG_ADMIN_URL } from './services';

const ROOT = resolve(__dirname, '..', '..');
// Jest's global setup does not apply moduleNameMapper, so the @newsflow/* imports of the TypeScript source
// would not resolve here; the build (`npm test` runs it first, as the tests' app processes need it) has them resolved.
const BUILT = resolve(ROOT, 'dist', 'scripts', 'support', 'services.js');

export interface StartedTestServices {
  stops: Array<() => Promise<void>>;
  dataDir: string;
}

declare global {
  // eslint-disable-next-line no-var
  var newsflowTestServices: StartedTestServices | undefined;
}

const log = (m: string) => process.stdout.write(`\nnewsflow tests | ${m}\n`);

export default async function globalSetup(): Promise<void> {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run \`npm run build\` first (\`npm test\` does)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ensureNats, ensurePostgres } = require(BUILT) as typeof Services;
  const dataDir = mkdtempSync(join(tmpdir(), 'newsflow-test-services-'));
  // As root the embedded PostgreSQL runs as the user postgres, which must reach its data folder.
  chmodSync(dataDir, 0o755);
  const started: StartedTestServices = { stops: [], dataDir };
  globalThis.newsflowTestServices = started;
  try {
    const nats = await ensureNats(NATS_URL, dataDir, log);
    started.stops.push(nats.stop);
    const pg = await ensurePostgres(PG_ADMIN_URL, dataDir, log);
    started.stops.push(pg.stop);
    // Test files read these when they load, after this setup, so they use what answers now.
    process.env.NATS_URL = nats.url;
    process.env.TEST_PG_ADMIN_URL = pg.url;
  } catch (error) {
    // Jest runs no teardown after a failed setup: stop what was started before the failure.
    await stopTestServices();
    throw error;
  }
}

export async function stopTestServices(): Promise<void> {
  const started = globalThis.newsflowTestServices;
  if (!started) return;
  globalThis.newsflowTestServices = undefined;
  for (const stop of started.stops.reverse()) await stop().catch(() => undefined);
  rmSync(started.dataDir, { recursive: true, force: true });
}
