import { ChildProcess, spawn } from 'node:child_process';
import { nodeArgsFor } from '@newsflow/platform';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { connect } from 'nats';
import { AppConfig, loadConfig } from '@newsflow/config';
import { installationStreamNames } from '@newsflow/messaging';
import { openDatabase } from '@newsflow/persistence';

const ROOT = resolve(__dirname, '..', '..', '..');
const PORT_VARS = { watcher: 'WATCHER_PORT', dedupe: 'DEDUPE_PORT', entities: 'ENTITIES_PORT', quotes: 'QUOTES_PORT', query: 'QUERY_PORT' } as const;
export type BenchApp = keyof typeof PORT_VARS;

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

/** Peak resident set of a live process in MB (VmHWM), read from /proc. */
export function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export interface RunningApp {
  name: BenchApp;
  child: ChildProcess;
  port: number;
}

/**
 * A throw-away newsflow on the shared NATS and PostgreSQL: its own database, stream, subject prefix and
 * inbox, built apps started as processes, everything removed by `destroy()`.
 */
export class BenchStack {
  readonly apps: RunningApp[] = [];
  private constructor(
    readonly id: string,
    readonly env: Record<string, string>,
    readonly config: AppConfig,
    readonly db: DataSource,
    private readonly dir: string,
  ) {}

  get inbox(): string {
    return this.env.INBOX_DIR;
  }

  static async create(overrides: Record<string, string> = {}): Promise<BenchStack> {
    const id = `b${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const base = loadConfig(process.env);
    const dbUrl = new URL(process.env.BENCH_DATABASE_URL ?? base.DATABASE_URL);
    dbUrl.pathname = `/nfbench_${id}`;
    const dir = mkdtempSync(join(tmpdir(), `newsflow-bench-${id}-`));
    const env: Record<string, string> = {
      NATS_URL: base.NATS_URL,
      DATABASE_URL: dbUrl.toString(),
      STREAM_NAME: `NFBENCH_${id}`,
      SUBJECT_PREFIX: `nfbench_${id}`,
      INBOX_DIR: join(dir, 'inbox'),
      LOG_LEVEL: 'warn',
      ...overrides,
    };
    for (const v of Object.values(PORT_VARS)) env[v] = String(await freePort());
    mkdirSync(env.INBOX_DIR, { recursive: true });
    const db = await openDatabase(env.DATABASE_URL, { migrate: true });
    return new BenchStack(id, env, loadConfig(env), db, dir);
  }

  /** Starts an app; starting one that already runs adds a replica, on a health port of its own. */
  async start(name: BenchApp, extraEnv: Record<string, string> = {}): Promise<RunningApp> {
    const replicaPort = this.apps.some((a) => a.name === name) ? { [PORT_VARS[name]]: String(await freePort()) } : {};
    const env = { ...process.env, ...this.env, ...replicaPort, ...extraEnv };
    const port = Number(env[PORT_VARS[name]]);
    const child = spawn(process.execPath, [...nodeArgsFor(name), join(ROOT, 'dist', 'apps', name, 'src', 'main.js')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (b: Buffer) => (err = (err + b.toString()).slice(-2000)));
    const app = { name, child, port };
    this.apps.push(app);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${name} exited: ${err}`);
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
      if (ok) return app;
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(`${name} did not become healthy: ${err}`);
  }

  async stopAll(): Promise<void> {
    await Promise.all(
      this.apps.splice(0).map(async ({ child }) => {
        if (child.exitCode !== null || child.signalCode) return;
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 8000).unref())]);
        if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
      }),
    );
  }

  async destroy(): Promise<void> {
    await this.stopAll();
    await this.db.destroy().catch(() => undefined);
    const nc = await connect({ servers: this.config.NATS_URL.split(',') });
    const jsm = await nc.jetstreamManager();
    for (const s of installationStreamNames(this.config.STREAM_NAME)) {
      await jsm.streams.delete(s).catch(() => undefined);
    }
    await nc.close();
    const admin = new URL(this.env.DATABASE_URL);
    admin.pathname = '/postgres';
    const pg = new Client({ connectionString: admin.toString() });
    await pg.connect();
    await pg.query(`DROP DATABASE IF EXISTS "nfbench_${this.id}" WITH (FORCE)`).catch(() => undefined);
    await pg.end();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
