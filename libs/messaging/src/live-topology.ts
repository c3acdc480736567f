import { Consumer, DeliverPolicy, JetStreamClient, JetStreamManager, JsMsg, nanos, RetentionPolicy, StorageType } from 'nats';
import { eventSubject } from '@newsflow/contracts';
import { StreamBinding, TopologyConfig, claimCheckBucket, deadLetterStreamName, ensureDurableConsumer, upsertStream } from './jetstream-topology';
import { pullLoop } from './pull-loop';

export const webhookStreamName = (stream: string) => `${stream}_WEBHOOKS`;

/** Every JetStream stream one installation owns (dropping them with its database resets it). */
export const installationStreamNames = (stream: string): string[] => [stream, deadLetterStreamName(stream), webhookStreamName(stream), `OBJ_${claimCheckBucket(stream)}`];
/** Turns each completed article into one webhook message per match (shared by the query replicas). */
export const WEBHOOK_FANOUT_CONSUMER = 'webhook-fanout';
/** POSTs each webhook message (shared by the query replicas, so a match is POSTed by one of them). */
export const WEBHOOK_DELIVERY_CONSUMER = 'webhook-delivery';

/**
 * The webhook stream (a work queue: a delivered match is removed once acked) and the two durable
 * consumers of the webhook path. The fan-out consumer starts at the new messages of the pipeline stream
 * when first created: an installation does not POST its history to a new watch.
 */
export async function ensureWebhookTopology(jsm: JetStreamManager, cfg: TopologyConfig, binding?: StreamBinding): Promise<void> {
  const stream = webhookStreamName(cfg.STREAM_NAME);
  await upsertStream(jsm, {
    name: stream,
    subjects: [`${cfg.SUBJECT_PREFIX}.webhook.>`],
    retention: RetentionPolicy.Workqueue,
    storage: StorageType.File,
    num_replicas: cfg.STREAM_REPLICAS,
    duplicate_window: nanos(cfg.DUPLICATE_WINDOW_MS),
  }, binding);
  const common = { ack_wait: nanos(cfg.ACK_WAIT_MS), max_ack_pending: 1000 };
  await ensureDurableConsumer(jsm, cfg.STREAM_NAME, {
    durable_name: WEBHOOK_FANOUT_CONSUMER,
    deliver_policy: DeliverPolicy.New,
    filter_subject: eventSubject(cfg.SUBJECT_PREFIX, 'completed'),
    ...common,
  });
  await ensureDurableConsumer(jsm, stream, { durable_name: WEBHOOK_DELIVERY_CONSUMER, deliver_policy: DeliverPolicy.All, filter_subject: `${cfg.SUBJECT_PREFIX}.webhook.>`, ...common });
}

/**
 * Follows the pipeline's completed events from now on with an ordered consumer of this process alone
 * (ephemeral: the server drops it when this process goes), so every process sees every event. Resolves
 * once the consumer exists; the returned function stops it.
 */
export async function followCompleted(js: JetStreamClient, cfg: { STREAM_NAME: string; SUBJECT_PREFIX: string }, onMessage: (msg: JsMsg) => void): Promise<() => Promise<void>> {
  // One subject as a string: the client sends it as filter_subject, which servers before 2.10 accept.
  const consumer = await js.consumers.get(cfg.STREAM_NAME, {
    filterSubjects: eventSubject(cfg.SUBJECT_PREFIX, 'completed'),
    deliver_policy: DeliverPolicy.New,
    // The server removes the consumer of a process that went away without deleting it.
    inactive_threshold: 30_000,
  });
  const messages = await consumer.consume({ callback: onMessage });
  return async () => {
    await messages.close();
    await consumer.delete().catch(() => undefined);
  };
}

export interface DurableWorkerOptions {
  /** Messages handled at once by this process. */
  maxInFlight: number;
  /** How often a message being handled tells the server it is still being worked on (below ack_wait). */
  heartbeatMs: number;
  onError(error: Error): void;
}

/**
 * Hands each message of a durable pull consumer to `handle`, which acks, naks or terms it, with at most
 * maxInFlight at once; working() keeps a message alive while it is handled. A handler that throws leaves
 * its message to be redelivered after ack_wait. The returned function stops pulling and waits for the
 * messages in hand.
 */
export function runDurableWorker(consumer: Consumer, options: DurableWorkerOptions, handle: (msg: JsMsg) => Promise<void>): () => Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let closing = false;
  let pull: { close(): Promise<void | Error> } | undefined;
  let freed: (() => void) | undefined;
  const start = (msg: JsMsg) => {
    const keepAlive = setInterval(() => msg.working(), options.heartbeatMs);
    const task = handle(msg)
      .catch((error: Error) => options.onError(error))
      .finally(() => {
        clearInterval(keepAlive);
        inFlight.delete(task);
        freed?.();
      });
    inFlight.add(task);
  };
  const loop = () =>
    pullLoop(consumer, {
      closing: () => closing,
      room: async () => {
        while (!closing && inFlight.size >= options.maxInFlight) await new Promise<void>((r) => (freed = r));
      },
      pullSize: () => options.maxInFlight - inFlight.size,
      pulled: (messages) => (pull = messages),
      receive: start,
      failed: options.onError,
    });
  const running = loop();
  return async () => {
    closing = true;
    freed?.();
    await pull?.close().catch(() => undefined);
    await running;
    await Promise.allSettled([...inFlight]);
  };
}
