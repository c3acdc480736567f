import { JetStreamClient, ObjectStore } from 'nats';
import { PIPELINE_EVENTS, PipelineEvent, PipelinePayload, TextRef, eventSubject, promotedMessageId } from '@newsflow/contracts';
import { claimCheckBucket } from './jetstream-topology';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Publishes validated pipeline events; Nats-Msg-Id makes a re-publish within the duplicate window a no-op.
 * Message ids are scoped to the installation, so another installation's history never suppresses a publish.
 */
export class PipelinePublisher {
  private objectStore?: Promise<ObjectStore>;
  private nextTurn?: Promise<void>;

  constructor(
    private readonly js: JetStreamClient,
    private readonly cfg: { STREAM_NAME: string; SUBJECT_PREFIX: string; STREAM_REPLICAS: number },
    private readonly installationId?: string,
  ) {}

  /** `seq` is the message's stream sequence (for a duplicate, the earlier message's). */
  async publish<E extends PipelineEvent>(event: E, payload: PipelinePayload<E>, msgId: string): Promise<{ duplicate: boolean; seq: number }> {
    const data = encoder.encode(JSON.stringify(PIPELINE_EVENTS[event].parse(payload)));
    await this.sameTurnAsOthers();
    const msgID = this.installationId ? `${this.installationId}:${msgId}` : msgId;
    const ack = await this.js.publish(eventSubject(this.cfg.SUBJECT_PREFIX, event), data, { msgID });
    return { duplicate: ack.duplicate, seq: ack.seq };
  }

  /**
   * Sends a duplicate promoted to original (its cluster's head retired or retracted) to extraction, as
   * the dedupe stage sends an accepted article; its message id is its own, so a repeat is a no-op.
   */
  async publishPromoted(article: { id: string; droppedAt: number; path: string }): Promise<void> {
    await this.publish('accepted', { v: 1, articleId: article.id, droppedAt: article.droppedAt, path: article.path }, promotedMessageId(article.id));
  }

  /**
   * The NATS client writes what was queued in one synchronous run as one socket write. Publishes that
   * arrive within an event-loop turn wait for its end and go out together: one write instead of one each.
   */
  private sameTurnAsOthers(): Promise<void> {
    this.nextTurn ??= new Promise((resolve) =>
      setImmediate(() => {
        this.nextTurn = undefined;
        resolve();
      }),
    );
    return this.nextTurn;
  }

  /** Claim check: large texts go to the JetStream object store, keyed by content. */
  async putText(key: string, text: string): Promise<TextRef> {
    const store = await this.store();
    const bytes = encoder.encode(text);
    await store.putBlob({ name: key }, bytes);
    return { bucket: claimCheckBucket(this.cfg.STREAM_NAME), key, bytes: bytes.byteLength };
  }

  async getText(ref: TextRef): Promise<string> {
    const store = await this.store();
    const bytes = await store.getBlob(ref.key);
    if (!bytes) throw new Error(`claim-checked text ${ref.bucket}/${ref.key} is missing from the object store`);
    return decoder.decode(bytes);
  }

  private store(): Promise<ObjectStore> {
    this.objectStore ??= this.js.views.os(claimCheckBucket(this.cfg.STREAM_NAME), { replicas: this.cfg.STREAM_REPLICAS });
    return this.objectStore;
  }
}
