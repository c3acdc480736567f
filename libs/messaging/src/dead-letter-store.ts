import { JetStreamClient, JetStreamManager, StoredMsg } from 'nats';
import { DeadLetter } from '@newsflow/contracts';
import { DLQ_HEADERS } from './dead-letter-writer';
import { deadLetterStreamName } from './jetstream-topology';

function summarise(data: Uint8Array): string {
  const text = new TextDecoder().decode(data.subarray(0, 600));
  try {
    const parsed = JSON.parse(new TextDecoder().decode(data));
    const { articleId, path, meta } = parsed ?? {};
    const parts = [articleId && `article ${articleId}`, path && `file ${path}`, meta?.title && `“${meta.title}”`].filter(Boolean);
    if (parts.length) return parts.join(', ');
  } catch {
    /* not JSON: show the raw start */
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function toDeadLetter(msg: StoredMsg): DeadLetter {
  const h = (name: string) => msg.header?.get(name) ?? '';
  return {
    id: String(msg.seq),
    stage: h(DLQ_HEADERS.stage),
    subject: h(DLQ_HEADERS.subject),
    reason: h(DLQ_HEADERS.reason),
    deliveries: Number(h(DLQ_HEADERS.deliveries)) || 0,
    deadLetteredAt: h(DLQ_HEADERS.time) || msg.time.toISOString(),
    articleId: h(DLQ_HEADERS.articleId) || null,
    payloadSummary: summarise(msg.data),
  };
}

/** Lists, counts and replays parked messages. A replayed message leaves the dead-letter stream. */
export class DeadLetterStore {
  private readonly stream: string;

  constructor(
    private readonly jsm: JetStreamManager,
    private readonly js: JetStreamClient,
    streamName: string,
    /** Told of each replayed letter, e.g. to show its file as in flight again. */
    private readonly onReplayed?: (letter: DeadLetter) => Promise<void>,
  ) {
    this.stream = deadLetterStreamName(streamName);
  }

  async list(limit = 100): Promise<DeadLetter[]> {
    const info = await this.jsm.streams.info(this.stream);
    const found: DeadLetter[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && found.length < limit; seq++) {
      const msg = await this.get(seq);
      if (msg) found.push(toDeadLetter(msg));
    }
    return found;
  }

  /** Dead letters per stage. */
  async countsByStage(): Promise<Record<string, number>> {
    const info = await this.jsm.streams.info(this.stream, { subjects_filter: '>' });
    const counts: Record<string, number> = {};
    for (const [subject, n] of Object.entries(info.state.subjects ?? {})) {
      const stage = subject.slice(subject.lastIndexOf('.') + 1);
      counts[stage] = (counts[stage] ?? 0) + n;
    }
    return counts;
  }

  /** Republishes the original message to its subject, then removes it from the dead letters. */
  async replay(id: string): Promise<DeadLetter | null> {
    const msg = await this.get(Number(id));
    if (!msg) return null;
    const letter = toDeadLetter(msg);
    await this.js.publish(letter.subject, msg.data, { msgID: `replay:${this.stream}:${msg.seq}` });
    await this.jsm.streams.deleteMessage(this.stream, msg.seq, false);
    await this.onReplayed?.(letter);
    return letter;
  }

  async replayAll(): Promise<number> {
    let replayed = 0;
    for (;;) {
      const batch = await this.list(500);
      if (batch.length === 0) return replayed;
      for (const letter of batch) if (await this.replay(letter.id)) replayed++;
    }
  }

  private async get(seq: number): Promise<StoredMsg | null> {
    if (!Number.isSafeInteger(seq) || seq <= 0) return null;
    try {
      return await this.jsm.streams.getMessage(this.stream, { seq });
    } catch {
      return null;
    }
  }
}
