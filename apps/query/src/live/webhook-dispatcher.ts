import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { JetStreamClient, JsMsg, NatsConnection } from 'nats';
import { AppConfig } from '@newsflow/config';
import { WebhookBody, WebhookDelivery, WebhookMatch, webhookDeliverySchema, webhookSubject } from '@newsflow/contracts';
import {
  StreamBinding,
  WEBHOOK_DELIVERY_CONSUMER,
  WEBHOOK_FANOUT_CONSUMER,
  describeError,
  ensureWebhookTopology,
  retryDelayMs,
  runDurableWorker,
  webhookStreamName,
} from '@newsflow/messaging';
import { webhookPosts } from '@newsflow/observability';
import { CompletedEvents, LiveEventQueries, WatchRepository } from '@newsflow/persistence';
import { APP_CONFIG, NATS_CONNECTION, STREAM_BINDING } from '@newsflow/platform';
import { completedArticleOf, liveEventsOf } from './live-event-hub';
import { perTurnLoader } from './per-turn-loader';

/** A webhook that answers slower than this has failed the attempt (well below ack_wait, which working() extends anyway). */
const POST_TIMEOUT_MS = 10_000;
const FANOUT_IN_FLIGHT = 64;
const POSTS_IN_FLIGHT = 16;

/**
 * Webhooks, through two durable consumers that all query replicas share, so each match is handled by
 * one replica at a time. The fan-out consumer reads the completed events and publishes one message per
 * (watch, match) to the webhook stream, with a message id that makes a redelivered completed event
 * publish nothing twice. The delivery consumer POSTs each: acked after a 2xx; otherwise the attempt is
 * recorded against the watch and the message nak'ed with a growing delay, until MAX_DELIVER attempts.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('webhooks');
  private stops: Array<() => Promise<void>> = [];
  private readonly load: (articleId: string) => Promise<CompletedEvents | undefined>;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STREAM_BINDING) private readonly binding: StreamBinding,
    private readonly watches: WatchRepository,
    events: LiveEventQueries,
  ) {
    this.load = perTurnLoader((ids) => events.load(ids, 'webhook-matches'));
  }

  async onApplicationBootstrap(): Promise<void> {
    await ensureWebhookTopology(await this.nc.jetstreamManager(), this.config, this.binding);
    const js = this.nc.jetstream();
    const options = (maxInFlight: number) => ({
      maxInFlight,
      heartbeatMs: Math.max(1000, Math.floor(this.config.ACK_WAIT_MS / 3)),
      onError: (error: Error) => this.logger.error(`webhook consumer: ${error.message}`),
    });
    const fanout = await js.consumers.get(this.config.STREAM_NAME, WEBHOOK_FANOUT_CONSUMER);
    const delivery = await js.consumers.get(webhookStreamName(this.config.STREAM_NAME), WEBHOOK_DELIVERY_CONSUMER);
    this.stops = [runDurableWorker(fanout, options(FANOUT_IN_FLIGHT), (m) => this.fanOut(js, m)), runDurableWorker(delivery, options(POSTS_IN_FLIGHT), (m) => this.deliver(m))];
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.stops.splice(0).map((stop) => stop()));
  }

  private async fanOut(js: JetStreamClient, msg: JsMsg): Promise<void> {
    const completed = completedArticleOf(msg);
    if (!completed) return msg.ack();
    try {
      const loaded = await this.load(completed.articleId);
      const publishes = (loaded ? liveEventsOf(msg.seq, loaded) : []).flatMap((event) =>
        event.watches.map((watchId) => {
          const match: WebhookMatch = event.type === 'article' ? { event: 'article', id: event.id, article: event.article } : { event: 'quote', id: event.id, quote: event.quote };
          const delivery: WebhookDelivery = { v: 1, watchId, match };
          return js.publish(webhookSubject(this.config.SUBJECT_PREFIX, watchId), JSON.stringify(delivery), { msgID: `${this.binding.installationId}:webhook:${watchId}:${event.id}` });
        }),
      );
      await Promise.all(publishes);
      msg.ack();
    } catch (error) {
      this.logger.warn(`webhook fan-out of article ${completed.articleId} failed, retrying: ${describeError(error)}`);
      msg.nak(retryDelayMs(msg.info.redeliveryCount, this.retryPolicy));
    }
  }

  private async deliver(msg: JsMsg): Promise<void> {
    const parsed = parseDelivery(msg);
    if (!parsed.success) {
      this.logger.error(`dropped an invalid webhook message: ${parsed.error.message}`);
      return msg.term();
    }
    const { watchId, match } = parsed.data;
    const target = await this.watches.webhookOf(watchId).catch((error: Error) => error);
    if (target instanceof Error) {
      // The database is unreachable: try again later; this is not an attempt of the webhook.
      this.logger.warn(`webhook of watch ${watchId} waits for the database: ${target.message}`);
      return msg.nak(retryDelayMs(msg.info.redeliveryCount, this.retryPolicy));
    }
    // The watch was deleted, or lost its webhook, since the match.
    if (!target) return msg.ack();
    const attempt = msg.info.redeliveryCount;
    const body: WebhookBody = { watch: { id: watchId, name: target.name }, ...match };
    const outcome = await post(target.webhook, body);
    if (outcome.ok) {
      // Acked before it is counted: a lost count is better than a second POST.
      msg.ack();
      webhookPosts.inc({ outcome: 'delivered' });
      await this.watches.recordDelivered(watchId).catch((error: Error) => this.logger.warn(`webhook delivery not counted: ${error.message}`));
      return;
    }
    const gaveUp = attempt >= this.config.MAX_DELIVER;
    if (gaveUp) msg.term();
    else msg.nak(retryDelayMs(attempt, this.retryPolicy));
    webhookPosts.inc({ outcome: gaveUp ? 'gave_up' : 'failed' });
    this.logger.warn(`webhook of watch ${watchId} failed (attempt ${attempt}${gaveUp ? ', giving up' : ''}): ${outcome.error}`);
    await this.watches
      .recordFailure(watchId, { eventId: match.id, attempt, status: outcome.status, error: outcome.error, gaveUp })
      .catch((error: Error) => this.logger.warn(`webhook failure not recorded: ${error.message}`));
  }

  private get retryPolicy() {
    return { maxDeliver: this.config.MAX_DELIVER, backoffBaseMs: this.config.BACKOFF_BASE_MS, backoffMaxMs: this.config.BACKOFF_MAX_MS };
  }
}

function parseDelivery(msg: JsMsg) {
  try {
    return webhookDeliverySchema.safeParse(JSON.parse(new TextDecoder().decode(msg.data)));
  } catch (error) {
    return { success: false as const, error: error as Error };
  }
}

type PostOutcome = { ok: true } | { ok: false; status: number | null; error: string };

async function post(url: string, body: WebhookBody): Promise<PostOutcome> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'newsflow-webhook', 'x-newsflow-event': body.id },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(POST_TIMEOUT_MS),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { ok: true };
    return { ok: false, status: res.status, error: `HTTP ${res.status} ${res.statusText}`.trim() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, status: null, error: cause?.code ?? cause?.message ?? describeError(error) };
  }
}
