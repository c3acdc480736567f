import { AckPolicy, DeliverPolicy, JetStreamManager, nanos, RetentionPolicy, StorageType, StreamConfig } from 'nats';
import { STAGES, StageName, deadLetterSubject, eventSubject } from '@newsflow/contracts';

export interface TopologyConfig {
  STREAM_NAME: string;
  SUBJECT_PREFIX: string;
  STREAM_REPLICAS: number;
  DUPLICATE_WINDOW_MS: number;
  ACK_WAIT_MS: number;
}

/**
 * The installation a stream belongs to: the id in its database, and where that database is (for the
 * message that refuses a mismatch). Recorded in the stream's description, which every server version
 * keeps (metadata needs NATS 2.10).
 */
export interface StreamBinding {
  installationId: string;
  database: string;
}

export class InstallationMismatchError extends Error {}

const describeBinding = (b: StreamBinding) => `newsflow installation ${b.installationId} (database ${b.database})`;
const DESCRIPTION_PATTERN = /^newsflow installation ([0-9a-f-]{36}) \(database (.*)\)$/;

/** The installation recorded on a stream, if any (a stream created before installations were recorded has none). */
export function bindingOf(config: { description?: string }): StreamBinding | null {
  const match = DESCRIPTION_PATTERN.exec(config.description ?? '');
  return match ? { installationId: match[1], database: match[2] } : null;
}

export const deadLetterStreamName = (stream: string) => `${stream}_DLQ`;
export const claimCheckBucket = (stream: string) => `${stream}_texts`;

function isNotFound(error: unknown): boolean {
  const e = error as { code?: string; api_error?: { err_code?: number } };
  return e?.code === '404' || e?.api_error?.err_code === 10059 || /not found/i.test(String((error as Error)?.message));
}

async function streamConfigOf(jsm: JetStreamManager, name: string): Promise<StreamConfig | null> {
  try {
    return (await jsm.streams.info(name)).config;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/**
 * Creates the stream bound to this installation, or checks that the existing one is this installation's
 * before bringing its settings up to date. A stream from before installations were recorded is claimed.
 * Without a binding (tests, tools) the stream's recorded installation is left as it is.
 */
export async function upsertStream(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }, binding?: StreamBinding): Promise<void> {
  const wanted = binding ? { ...config, description: describeBinding(binding) } : config;
  let existing = await streamConfigOf(jsm, config.name);
  if (!existing) {
    try {
      await jsm.streams.add(wanted);
      return;
    } catch (addError) {
      // Another app (of this installation or another) created it between our look-up and our add.
      if (!/already in use|exists/i.test(String((addError as Error).message))) throw addError;
      existing = await streamConfigOf(jsm, config.name);
      if (!existing) throw addError;
    }
  }
  const owner = bindingOf(existing);
  if (binding) refuseForeign(config.name, owner, binding);
  await jsm.streams.update(config.name, binding ? wanted : { ...config, description: existing.description });
  if (binding && !owner) {
    // Claiming an unbound stream: another installation may have claimed it at the same moment.
    refuseForeign(config.name, bindingOf((await jsm.streams.info(config.name)).config), binding);
  }
}

function refuseForeign(stream: string, owner: StreamBinding | null, mine: StreamBinding): void {
  if (!owner || owner.installationId === mine.installationId) return;
  throw new InstallationMismatchError(
    `NATS stream ${stream} belongs to installation ${owner.installationId} (database ${owner.database}), but this database is ` +
      `installation ${mine.installationId} (database ${mine.database}). Refusing to start: the two would consume each other's ` +
      `messages. Give this installation its own STREAM_NAME and SUBJECT_PREFIX, point DATABASE_URL at the database of ` +
      `installation ${owner.installationId}, or, if that installation is gone, delete its streams (nats stream rm ${stream}; nats stream rm ${deadLetterStreamName(stream)}).`,
  );
}

/** Creates (or brings up to date) the pipeline stream and the dead-letter stream. Idempotent. */
export async function ensureStreams(jsm: JetStreamManager, cfg: TopologyConfig, binding?: StreamBinding): Promise<void> {
  await upsertStream(jsm, {
    name: cfg.STREAM_NAME,
    subjects: [`${cfg.SUBJECT_PREFIX}.article.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: cfg.STREAM_REPLICAS,
    duplicate_window: nanos(cfg.DUPLICATE_WINDOW_MS),
    max_age: nanos(7 * 24 * 3600 * 1000),
  }, binding);
  await upsertStream(jsm, {
    name: deadLetterStreamName(cfg.STREAM_NAME),
    subjects: [deadLetterSubject(cfg.SUBJECT_PREFIX, '>')],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: cfg.STREAM_REPLICAS,
    duplicate_window: nanos(cfg.DUPLICATE_WINDOW_MS),
  }, binding);
}

/**
 * The durable pull consumer of one stage, shared by all its replicas. max_deliver is unlimited on the
 * server: the transport dead-letters at its own limit, so a message is never dropped silently.
 */
export async function ensureStageConsumer(jsm: JetStreamManager, cfg: TopologyConfig, stage: StageName): Promise<void> {
  await ensureDurableConsumer(jsm, cfg.STREAM_NAME, {
    durable_name: stage,
    deliver_policy: DeliverPolicy.All,
    filter_subject: eventSubject(cfg.SUBJECT_PREFIX, STAGES[stage]),
    ack_wait: nanos(cfg.ACK_WAIT_MS),
    max_ack_pending: 1000,
  });
}

/**
 * Creates a durable consumer with explicit acks and no server-side delivery limit, or brings the ack wait
 * and pending limit of the existing one up to date (its position and filter stay).
 */
export async function ensureDurableConsumer(
  jsm: JetStreamManager,
  stream: string,
  config: { durable_name: string; deliver_policy: DeliverPolicy; filter_subject: string; ack_wait: number; max_ack_pending: number },
): Promise<void> {
  try {
    await jsm.consumers.info(stream, config.durable_name);
    await jsm.consumers.update(stream, config.durable_name, { ack_wait: config.ack_wait, max_ack_pending: config.max_ack_pending });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await jsm.consumers.add(stream, { ...config, ack_policy: AckPolicy.Explicit, max_deliver: -1 });
  }
}
