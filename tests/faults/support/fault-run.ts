import { NatsConnection } from 'nats';
import { Client } from 'pg';
import { eventSubject } from '@newsflow/contracts';
import { connectNats, ensureStreams } from '@newsflow/messaging';
import { AppName, AppProcess } from '../../support/app-process';
import { TestEnv, createTestEnv, freePort, waitFor } from '../../support/test-env';
import { FaultCorpus, buildFaultCorpus, dropFiles } from './fault-corpus';
import { OutcomeSummary, pipelineSettled, progress, verifyOutcome } from './verify-outcome';

export const CONSUMERS: AppName[] = ['dedupe', 'entities', 'quotes'];
const PORT_VAR: Partial<Record<AppName, string>> = { watcher: 'WATCHER_PORT', dedupe: 'DEDUPE_PORT', entities: 'ENTITIES_PORT', quotes: 'QUOTES_PORT' };

/** A session of the test's own in an open transaction holding EXCLUSIVE on one table: reads go on, every write to it waits. */
export interface TableLock {
  table: string;
  pid: number;
  release(): Promise<void>;
}

export interface FaultRunOptions {
  articles: number;
  seed: number;
  /** Environment for every app (and the test's own view of the configuration). */
  env?: Record<string, string>;
  /** Environment for the apps only, from the test's: e.g. a DATABASE_URL through a proxy the test cuts. */
  appEnv?: (env: Record<string, string>) => Record<string, string>;
  /** Extra environment for one app only (e.g. the slow-consumer hook). */
  perApp?: Partial<Record<AppName, Record<string, string>>>;
  replicas?: number;
  settleTimeoutMs?: number;
}

/**
 * One fault scenario: a fresh database and stream, the watcher and `replicas` copies of each consumer app
 * as real processes, a corpus dropped into the inbox and poison messages published, a fault injected by
 * the caller while the pipeline runs, then the whole outcome checked through PostgreSQL.
 */
export class FaultRun {
  readonly corpus: FaultCorpus;
  apps: AppProcess[] = [];
  t!: TestEnv;
  private nc?: NatsConnection;
  readonly events: string[] = [];
  private started = 0;

  constructor(private readonly options: FaultRunOptions) {
    this.corpus = buildFaultCorpus(options.articles, options.seed);
  }

  async setUp(): Promise<void> {
    this.t = await createTestEnv({ MAX_DELIVER: '1000', ...this.options.env });
    this.started = Date.now();
    this.nc = await connectNats(this.t.config.NATS_URL, 'fault-test');
    // Created once up front, with retries: on a cluster that has just formed, creating replicated streams
    // can outlast an app's start-up request timeout.
    await waitFor('the pipeline streams', async () => {
      await ensureStreams(await this.nc!.jetstreamManager({ timeout: 10_000 }), this.t.config);
      return true;
    }, 90_000, 1000);
    const replicas = this.options.replicas ?? 1;
    const starts: Array<Promise<AppProcess>> = [this.spawn('watcher')];
    for (const name of CONSUMERS) for (let r = 0; r < replicas; r++) starts.push(this.spawn(name));
    this.apps = await Promise.all(starts);
  }

  /** Starts one more process of an app, with its own health port. */
  async spawn(name: AppName): Promise<AppProcess> {
    const portVar = PORT_VAR[name]!;
    // PGAPPNAME names the app's PostgreSQL sessions in pg_stat_activity (node-postgres reads it as libpq does).
    const env = { ...this.t.env, PGAPPNAME: `newsflow-${name}`, ...this.options.appEnv?.(this.t.env), ...this.options.perApp?.[name], [portVar]: String(await freePort()) };
    return new AppProcess(name, env).start();
  }

  note(event: string): void {
    this.events.push(`${((Date.now() - this.started) / 1000).toFixed(1)}s ${event}`);
  }

  /** Drops the corpus and publishes the poison messages. */
  async feed(): Promise<void> {
    dropFiles(this.t.inbox, this.corpus.files, this.options.seed);
    const subject = eventSubject(this.t.config.SUBJECT_PREFIX, 'received');
    for (const p of this.corpus.poison) await this.nc!.jetstream().publish(subject, new TextEncoder().encode(p));
    this.note(`dropped ${this.corpus.files.length} files, published ${this.corpus.poison.length} poison messages`);
  }

  /** Waits until this many articles have completed (a point mid-run at which to inject a fault). */
  async completedAtLeast(n: number, timeoutMs = 240_000): Promise<void> {
    await waitFor(`${n} completed articles`, async () => (await progress(this.t.db)).completed >= n, timeoutMs, 100);
  }

  /** kill -9 one process of the app, then (after `whileDown`, if given) starts a replacement. Returns the progress at the kill. */
  async crashAndRestart(name: AppName, whileDown?: () => Promise<void>): Promise<{ ledger: number; articles: number; completed: number }> {
    const victim = this.apps.find((a) => a.name === name)!;
    await victim.kill9();
    const atKill = await progress(this.t.db);
    this.note(`kill -9 ${name} at ${JSON.stringify(atKill)}`);
    await whileDown?.();
    const replacement = await this.spawn(name);
    this.apps = this.apps.map((a) => (a === victim ? replacement : a));
    return atKill;
  }

  async lockTable(table: string): Promise<TableLock> {
    const client = new Client({ connectionString: this.t.env.DATABASE_URL });
    await client.connect();
    await client.query('BEGIN');
    await client.query(`LOCK TABLE ${table} IN EXCLUSIVE MODE`);
    const pid: number = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    this.note(`locked ${table}`);
    return {
      table,
      pid,
      release: async () => {
        await client.query('ROLLBACK');
        await client.end();
        this.note(`released ${table}`);
      },
    };
  }

  /**
   * kill -9 of the app while a transaction of its own is open: waits until its sessions are blocked on
   * `lock` inside a transaction (one begun before the blocked statement), kills the app, releases the
   * lock (its orphaned sessions then find their client gone and end without a commit), then restarts it.
   * Returns how many of its sessions were caught so, and how many of those had already written rows.
   */
  async crashInsideTransaction(name: AppName, lock: TableLock): Promise<{ sessions: number; wrote: number }> {
    const caught: Array<{ pid: number; wrote: boolean }> = await waitFor(`${name} to wait on ${lock.table} inside a transaction`, async () => {
      const rows = await this.t.db.query(
        `SELECT pid, backend_xid IS NOT NULL AS wrote FROM pg_stat_activity
         WHERE datname = current_database() AND position($1 in application_name) > 0 AND wait_event_type = 'Lock'
           AND xact_start < query_start AND $2::int = ANY(pg_blocking_pids(pid))`,
        [name, lock.pid],
      );
      return rows.length > 0 ? rows : null;
    }, 240_000, 100);
    const outcome = { sessions: caught.length, wrote: caught.filter((c) => c.wrote).length };
    this.note(`${name}: ${outcome.sessions} sessions wait on ${lock.table} inside transactions, ${outcome.wrote} of them after writing rows`);
    await this.crashAndRestart(name, async () => {
      await lock.release();
      await waitFor(`the killed ${name}'s sessions to end`, async () => {
        const left = await this.t.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ANY($1::int[])`, [caught.map((c) => c.pid)]);
        return left[0].n === 0;
      }, 30_000, 100);
    });
    return outcome;
  }

  async settle(): Promise<void> {
    await waitFor('every file to reach its final state', () => pipelineSettled(this.t.db, this.corpus), this.options.settleTimeoutMs ?? 600_000, 500);
    // Give in-flight redeliveries a moment to land, so a late double would be seen.
    await new Promise((r) => setTimeout(r, 1500));
    this.note(`settled at ${JSON.stringify(await progress(this.t.db))}`);
  }

  async verify(): Promise<{ problems: string[]; summary: OutcomeSummary }> {
    return verifyOutcome(this.t.db, this.nc!, this.t.config.STREAM_NAME, this.corpus);
  }

  /** Deliveries of one stage's durable consumer: equal to its messages when nothing was redelivered. */
  async consumerDeliveries(stage: string): Promise<{ delivered: number; acked: number; redelivered: number }> {
    const info = await (await this.nc!.jetstreamManager()).consumers.info(this.t.config.STREAM_NAME, stage);
    return { delivered: info.delivered.consumer_seq, acked: info.ack_floor.consumer_seq, redelivered: info.num_redelivered };
  }

  /** Name of the server leading the pipeline stream (in a cluster). */
  async streamLeader(): Promise<string | undefined> {
    const info = await (await this.nc!.jetstreamManager()).streams.info(this.t.config.STREAM_NAME);
    return info.cluster?.leader;
  }

  async tearDown(): Promise<void> {
    await Promise.all(this.apps.map((a) => a.stop()));
    await this.nc?.close().catch(() => undefined);
    await this.t?.cleanup();
  }
}

/** Random point between `from` and `to` (fractions) of the expected completed articles. */
export function randomPoint(run: FaultRun, from: number, to: number): number {
  const expected = run.corpus.counts.unique;
  return Math.floor(expected * (from + Math.random() * (to - from)));
}
