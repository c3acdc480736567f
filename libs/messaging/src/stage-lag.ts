import { JetStreamManager, MsgRequest } from 'nats';
import { STAGE_NAMES, StageName } from '@newsflow/contracts';

export interface StageLag {
  stage: StageName;
  pending: number;
  ackPending: number;
  redelivered: number;
  waitingPulls: number;
  delivered: number;
  oldestPendingAgeMs: number | null;
}

/** Per-stage lag from JetStream consumer info (works without the NATS monitoring port). */
export async function readStageLag(jsm: JetStreamManager, streamName: string): Promise<StageLag[]> {
  return Promise.all(
    STAGE_NAMES.map(async (stage) => {
      try {
        const info = await jsm.consumers.info(streamName, stage);
        let oldestPendingAgeMs: number | null = null;
        if (info.num_pending + info.num_ack_pending > 0) {
          // The stream interleaves every stage's subject: take the first message at or after the ack
          // floor on this consumer's own subject (next_by_subj, a server feature the client types omit).
          const next = { seq: info.ack_floor.stream_seq + 1, next_by_subj: info.config.filter_subject } as unknown as MsgRequest;
          const msg = await jsm.streams.getMessage(streamName, next).catch(() => null);
          if (msg) oldestPendingAgeMs = Date.now() - msg.time.getTime();
        }
        return {
          stage,
          pending: info.num_pending,
          ackPending: info.num_ack_pending,
          redelivered: info.num_redelivered,
          waitingPulls: info.num_waiting,
          delivered: info.delivered.consumer_seq,
          oldestPendingAgeMs,
        };
      } catch {
        return { stage, pending: 0, ackPending: 0, redelivered: 0, waitingPulls: 0, delivered: 0, oldestPendingAgeMs: null };
      }
    }),
  );
}

/** How far the first stage has read the stream: what reconciliation needs to tell a queued article from a lost one. */
export interface ReceivedProgress {
  /** Every `received` message at or below this stream sequence is settled (acked, or parked and terminated). */
  ackFloor: number;
  /** Messages delivered or waiting, not yet settled. */
  unsettled: number;
  /** The stream's last sequence and creation time: a message above it, or from before it, is not in this stream. */
  lastSeq: number;
  streamCreated: Date;
}

/** Null when the first stage has no consumer yet (nothing has read the stream). */
export async function readReceivedProgress(jsm: JetStreamManager, streamName: string): Promise<ReceivedProgress | null> {
  const stage: StageName = 'dedupe';
  try {
    const [consumer, stream] = await Promise.all([jsm.consumers.info(streamName, stage), jsm.streams.info(streamName)]);
    return {
      ackFloor: consumer.ack_floor.stream_seq,
      unsettled: consumer.num_pending + consumer.num_ack_pending,
      lastSeq: stream.state.last_seq,
      streamCreated: new Date(stream.created),
    };
  } catch {
    return null;
  }
}
