import { AckPolicy, DeliverPolicy, JetStreamManager, nanos, RetentionPolicy, StorageType, StreamConfig } from 'nats';
import { STAGES, StageName, deadLetterSubject, eventSubject } from '@newsflow/contracts';

export interface TopologyConfig {
  STREAM_NAME: string;
  SUBJECT_PREFIX: string;
  STREAM_REPLICAS: number;
  DUPLICATE_WINDOW_MS: number;
  ACK_WAIT_MS: number;
}

export const deadLetterStreamName = (stream: string) => `${stream}_DLQ`;
export const claimCheckBucket = (stream: string) => `${stream}_texts`;

function isNotFound(error: unknown): boolean {
  const e = error as { code?: string; api_error?: { err_code?: number } };
  return e?.code === '404' || e?.api_error?.err_code === 10059 || /not found/i.test(String((error as Error)?.message));
}

async function upsertStream(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }): Promise<void> {
  try {
    await jsm.streams.info(config.name);
    await jsm.streams.update(config.name, config);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    try {
      await jsm.streams.add(config);
    } catch (addError) {
      // Another replica created it between our look-up and our add.
      if (!/already in use|exists/i.test(String((addError as Error).message))) throw addError;
    }
  }
}

/** Creates (or brings up to date) the pipeline stream and the dead-letter stream. Idempotent. */
export async function ensureStreams(jsm: JetStreamManager, cfg: TopologyConfig): Promise<void> {
  await upsertStream(jsm, {
    name: cfg.STREAM_NAME,
    subjects: [`${cfg.SUBJECT_PREFIX}.article.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: cfg.STREAM_REPLICAS,
    duplicate_window: nanos(cfg.DUPLICATE_WINDOW_MS),
    max_age: nanos(7 * 24 * 3600 * 1000),
  });
  await upsertStream(jsm, {
    name: deadLetterStreamName(cfg.STREAM_NAME),
    subjects: [deadLetterSubject(cfg.SUBJECT_PREFIX, '>')],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: cfg.STREAM_REPLICAS,
    duplicate_window: nanos(cfg.DUPLICATE_WINDOW_MS),
  });
}

/**
 * The durable pull consumer of one stage, shared by all its replicas. max_deliver is unlimited on the
 * server: the transport dead-letters at its own limit, so a message is never dropped silently.
 */
export async function ensureStageConsumer(jsm: JetStreamManager, cfg: TopologyConfig, stage: StageName): Promise<void> {
  const config = {
    durable_name: stage,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: eventSubject(cfg.SUBJECT_PREFIX, STAGES[stage]),
    ack_wait: nanos(cfg.ACK_WAIT_MS),
    max_deliver: -1,
    max_ack_pending: 1000,
  };
  try {
    await jsm.consumers.info(cfg.STREAM_NAME, stage);
    await jsm.consumers.update(cfg.STREAM_NAME, stage, { ack_wait: config.ack_wait, max_ack_pending: config.max_ack_pending });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await jsm.consumers.add(cfg.STREAM_NAME, config);
  }
}
