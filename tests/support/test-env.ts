import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig, AppConfig } from '@newsflow/config';
import { installationStreamNames } from '@newsflow/messaging';
import { openDatabase } from '@newsflow/persistence';
import { NATS_URL, PG_ADMIN_URL, requireServices } from './services';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface TestEnv {
  runId: string;
  env: Record<string, string>;
  config: AppConfig;
  inbox: string;
  db: DataSource;
  cleanup(): Promise<void>;
}

/**
 * A fresh database, stream, subject prefix, inbox and ports for one test file, so test runs never
 * collide with each other or with a running newsflow.
 */
export async function createTestEnv(overrides: Record<string, string> = {}): Promise<TestEnv> {
  await requireServices();
  const runId = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const dbUrl = PG_ADMIN_URL.replace(/\/[^/]*$/, `/nf_${runId}`);
  const dir = mkdtempSync(join(tmpdir(), `newsflow-${runId}-`));
  const inbox = join(dir, 'inbox');
  const env: Record<string, string> = {
    NATS_URL,
    DATABASE_URL: dbUrl,
    STREAM_NAME: `NF_${runId}`,
    SUBJECT_PREFIX: `nf_${runId}`,
    INBOX_DIR: inbox,
    STABILITY_WINDOW_MS: '200',
    RESCAN_INTERVAL_MS: '2000',
    BACKOFF_BASE_MS: '200',
    BACKOFF_MAX_MS: '2000',
    ACK_WAIT_MS: '10000',
    LOG_LEVEL: 'warn',
    QUERY_PORT: String(await freePort()),
    WATCHER_PORT: String(await freePort()),
    DEDUPE_PORT: String(await freePort()),
    ENTITIES_PORT: String(await freePort()),
    QUOTES_PORT: String(await freePort()),
    ...overrides,
  };
  const config = loadConfig(env);
  const db = await openDatabase(dbUrl);
  return {
    runId,
    env,
    config,
    inbox,
    db,
    cleanup: async () => {
      await db.destroy().catch(() => undefined);
      const nc = await connect({ servers: NATS_URL });
      const jsm = await nc.jetstreamManager();
      for (const s of installationStreamNames(config.STREAM_NAME)) {
        await jsm.streams.delete(s).catch(() => undefined);
      }
      await nc.close();
      const admin = new Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "nf_${runId}" WITH (FORCE)`).catch(() => undefined);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}
