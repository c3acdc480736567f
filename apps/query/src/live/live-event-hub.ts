import { Inject, Injectable, Logger, OnModuleDestroy, ServiceUnavailableException } from '@nestjs/common';
import { ServerResponse } from 'node:http';
import { JsMsg, NatsConnection } from 'nats';
import { AppConfig } from '@newsflow/config';
import { LiveEvent, articleCompletedSchema } from '@newsflow/contracts';
import { followCompleted } from '@newsflow/messaging';
import { liveClients, liveClientsDropped } from '@newsflow/observability';
import { CompletedEvents, LiveEventQueries } from '@newsflow/persistence';
import { APP_CONFIG, NATS_CONNECTION } from '@newsflow/platform';
import { perTurnLoader } from './per-turn-loader';
import { SseClient, sseFrame } from './sse-client';

const HEARTBEAT_MS = 15_000;

/** The events of one completed article: its article event, then one per quote (ids: stream sequence, then quote id). */
export function liveEventsOf(seq: number, loaded: CompletedEvents): LiveEvent[] {
  const events: LiveEvent[] = [];
  if (loaded.article) events.push({ type: 'article', id: String(seq), article: loaded.article.article, quotes: loaded.article.quotes, watches: loaded.article.watches });
  for (const q of loaded.quotes) events.push({ type: 'quote', id: `${seq}.${q.quote.id}`, quote: q.quote, watches: q.watches });
  return events;
}

/** The pipeline's completed event in a message, or null for one the live feed leaves out (invalid, or a reprocess run). */
export function completedArticleOf(msg: JsMsg): { articleId: string } | null {
  try {
    const parsed = articleCompletedSchema.safeParse(JSON.parse(new TextDecoder().decode(msg.data)));
    return parsed.success && !parsed.data.reprocess ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The /events streams of this process. While at least one client listens, an ordered consumer of this
 * process follows the completed events (so every process, and so every client, sees every event); each
 * completed article is loaded once (articles completing together in one query) and sent to every client
 * in stream order.
 */
@Injectable()
export class LiveEventHub implements OnModuleDestroy {
  private readonly logger = new Logger('live');
  private readonly clients = new Set<SseClient>();
  private feed: Promise<() => Promise<void>> | null = null;
  private heartbeat?: NodeJS.Timeout;
  /** Subscribers waiting for the feed to start: the feed must not stop under them. */
  private joining = 0;
  /** Broadcasts run in stream order, even when a later load answers first. */
  private inOrder: Promise<void> = Promise.resolve();
  private readonly load: (articleId: string) => Promise<CompletedEvents | undefined>;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    events: LiveEventQueries,
  ) {
    this.load = perTurnLoader((ids) => events.load(ids, 'everything'));
  }

  /**
   * Streams to a response once the feed is following, so nothing completed after this call is missed.
   * `hijack` takes the response from the framework just before the stream starts; when the feed cannot
   * start, the error is answered as usual instead.
   */
  async subscribe(res: ServerResponse, watch: string | undefined, hijack: () => void): Promise<void> {
    this.joining++;
    try {
      await this.following();
    } catch (error) {
      throw new ServiceUnavailableException(`the live feed cannot follow the pipeline: ${(error as Error).message}`);
    } finally {
      this.joining--;
    }
    hijack();
    if (res.destroyed) return this.stopWhenIdle();
    const client = new SseClient(res, watch, (dropped) => {
      this.logger.warn(`dropped an /events client that left over ${Math.round(res.writableLength / 1024)} KiB unread`);
      liveClientsDropped.inc();
      this.leave(dropped);
    });
    this.clients.add(client);
    liveClients.inc();
    res.on('close', () => this.leave(client));
  }

  private async following(): Promise<void> {
    this.feed ??= followCompleted(this.nc.jetstream(), this.config, (msg) => this.onCompleted(msg));
    try {
      await this.feed;
    } catch (error) {
      this.feed = null;
      throw error;
    }
    this.heartbeat ??= setInterval(() => {
      const beat = `heartbeat ${new Date().toISOString()}`;
      this.clients.forEach((c) => c.comment(beat));
    }, HEARTBEAT_MS).unref();
  }

  private leave(client: SseClient): void {
    if (!this.clients.delete(client)) return;
    liveClients.dec();
    this.stopWhenIdle();
  }

  /** Stops following once no client listens or is joining. */
  private stopWhenIdle(): void {
    if (this.clients.size > 0 || this.joining > 0) return;
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    const feed = this.feed;
    this.feed = null;
    void feed?.then((stop) => stop()).catch(() => undefined);
  }

  private onCompleted(msg: JsMsg): void {
    const completed = completedArticleOf(msg);
    if (!completed || this.clients.size === 0) return;
    const loaded = this.load(completed.articleId);
    this.inOrder = this.inOrder
      .then(() => loaded)
      .then((events) => {
        for (const event of events ? liveEventsOf(msg.seq, events) : []) {
          const frame = sseFrame(event);
          for (const c of this.clients) c.send(event, frame);
        }
      })
      // A turn of the event loop between articles lets the sockets take what was written.
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .catch((error: Error) => this.logger.error(`live event of article ${completed.articleId} not sent: ${error.message}`));
  }

  async onModuleDestroy(): Promise<void> {
    for (const c of [...this.clients]) {
      c.close();
      this.leave(c);
    }
  }
}
