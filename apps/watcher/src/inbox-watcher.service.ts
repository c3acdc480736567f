import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Stats, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '@newsflow/config';
import { NatsConnection } from 'nats';
import { DeadLetterStore, PipelinePublisher } from '@newsflow/messaging';
import { appLogger } from '@newsflow/observability';
import { DeadLetterLedgerRepository, FileLedgerRepository, KnownFile } from '@newsflow/persistence';
import { APP_CONFIG, NATS_CONNECTION } from '@newsflow/platform';
import { isTemporaryOrHiddenName } from '@newsflow/text';
import { DirectoryWatcher } from './directory-watcher';
import { FileIngestor } from './file-ingestor';
import { walkInbox } from './inbox-walker';
import { Reconciler } from './reconciler';
import { Slots } from './slots';
import { StabilityTracker } from './stability-tracker';

/**
 * Watches the inbox: a full scan at start-up, file-system events while running, and a periodic rescan
 * for anything the OS did not report. Files are ingested once stable, a bounded number at a time.
 */
@Injectable()
export class InboxWatcherService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly root: string;
  private readonly log;
  private readonly tracker: StabilityTracker;
  private readonly queued = new Set<string>();
  private readonly retryTimers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private readonly slots: Slots;
  private known = new Map<string, KnownFile>();
  private ingestor?: FileIngestor;
  private reconciler?: Reconciler;
  private reconciling?: Promise<void>;
  private watcher?: DirectoryWatcher;
  private rescanTimer?: NodeJS.Timeout;
  private stopped = false;
  private scanning?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly publisher: PipelinePublisher,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {
    this.root = resolve(config.INBOX_DIR);
    this.log = appLogger('watcher', { level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
    this.tracker = new StabilityTracker(config.STABILITY_WINDOW_MS);
    this.slots = new Slots(config.WATCHER_CONCURRENCY, config.WATCHER_INFLIGHT_BYTES);
  }

  async onApplicationBootstrap(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    const ledger = new FileLedgerRepository(this.db);
    this.known = await ledger.knownFiles();
    this.ingestor = new FileIngestor(this.config, ledger, this.publisher, this.known, await ledger.publishedPaths(), this.log);
    const jsm = await this.nc.jetstreamManager();
    const deadLetters = new DeadLetterStore(jsm, this.nc.jetstream(), this.config.STREAM_NAME);
    this.reconciler = new Reconciler(ledger, new DeadLetterLedgerRepository(this.db), this.ingestor, jsm, deadLetters, this.config.STREAM_NAME, this.log);
    this.watcher = new DirectoryWatcher(
      this.root,
      (rel) => void this.consider(rel),
      (e) => this.log.warn({ err: e.message }, 'file watcher error; the periodic rescan covers it'),
    );
    await this.watcher.start();
    this.scanning = this.rescan();
    this.rescanTimer = setInterval(() => void this.rescan(), this.config.RESCAN_INTERVAL_MS);
    this.log.info({ inbox: this.root, known: this.known.size }, 'watching inbox');
  }

  /** Finishes what is in flight (publishes are acked before the ledger is written), then stops. */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.rescanTimer);
    for (const t of this.retryTimers.values()) clearTimeout(t);
    this.watcher?.close();
    await this.scanning?.catch(() => undefined);
    await this.reconciling;
    await Promise.allSettled([...this.running]);
  }

  /** Resolves once the start-up scan has queued and finished every file already in the inbox. */
  async idle(): Promise<void> {
    await this.scanning;
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private relative(path: string): string {
    return relative(this.root, resolve(this.root, path)).split(sep).join('/');
  }

  /** A walk of the whole inbox, then a reconciliation of the ledger with the database. */
  private async rescan(): Promise<void> {
    for await (const rel of walkInbox(this.root)) {
      if (this.stopped) return;
      await this.consider(rel);
    }
    this.reconcile();
  }

  /** One pass at a time; a failure (NATS or PostgreSQL away) waits for the next rescan. */
  private reconcile(): void {
    if (this.reconciling || this.stopped) return;
    this.reconciling = this.reconciler!
      .pass()
      .then(() => undefined, (error) => this.log.error({ err: (error as Error).message }, 'reconciliation failed; the next rescan tries again'))
      .finally(() => (this.reconciling = undefined));
  }

  /** Queues a file when it is new or changed; waits for it to hold still first. */
  private async consider(rel: string): Promise<void> {
    if (this.stopped || this.queued.has(rel) || isTemporaryOrHiddenName(rel)) return;
    const info = statIfPresent(resolve(this.root, rel));
    if (!info || !info.isFile()) return;
    const observed = { size: info.size, mtimeMs: info.mtimeMs };
    const known = this.known.get(rel);
    if (known && known.size === observed.size && known.mtimeMs === observed.mtimeMs) return;
    const wait = this.tracker.observe(rel, observed, Date.now());
    if (wait > 0) {
      this.lookAgainLater(rel, wait);
      return;
    }
    this.queued.add(rel);
    await this.slots.acquire(observed.size);
    const task = this.ingest(rel, observed).finally(() => {
      this.slots.release(observed.size);
      this.running.delete(task);
      this.queued.delete(rel);
    });
    this.running.add(task);
  }

  private lookAgainLater(rel: string, afterMs = Math.max(50, this.config.STABILITY_WINDOW_MS)): void {
    if (this.retryTimers.has(rel) || this.stopped) return;
    const timer = setTimeout(() => {
      this.retryTimers.delete(rel);
      void this.consider(rel);
    }, afterMs);
    this.retryTimers.set(rel, timer);
  }

  private async ingest(rel: string, observed: { size: number; mtimeMs: number }): Promise<void> {
    try {
      const result = await this.ingestor!.ingest(rel, observed);
      if (result === 'not-ready') this.lookAgainLater(rel);
      else this.tracker.forget(rel);
    } catch (error) {
      // NATS or PostgreSQL unavailable: nothing was recorded, so the file is tried again.
      this.log.error({ path: rel, stage: 'watcher', err: (error as Error).message }, 'ingest failed; will retry');
      this.lookAgainLater(rel);
    }
  }
}

/** A blocking stat: one syscall, cheaper than the thread-pool round trip of the async one for a scan of many files. */
function statIfPresent(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // unreadable folder on the way: the rescan looks again
  }
}
