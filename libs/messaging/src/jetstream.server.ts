import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Consumer, ConsumerMessages, JetStreamClient, JsMsg, NatsConnection } from 'nats';
import { lastValueFrom } from 'rxjs';
import { PIPELINE_EVENTS, STAGES, StageName, eventSubject } from '@newsflow/contracts';
import { PermanentError, RetryPolicy, decideOnFailure, describeError, isInfrastructureError } from './failure-policy';
import { JetStreamContext } from './jetstream.context';
import { StreamBinding, TopologyConfig, ensureStageConsumer, ensureStreams } from './jetstream-topology';
import { articleIdOf, fileHashOf, parkMessage } from './dead-letter-writer';
import { connectNats } from './nats-connection';
import { pullLoop } from './pull-loop';

export type StageOutcome = 'ok' | 'retried' | 'dead-lettered';

export interface StageOutcomeListener {
  onOutcome?(stage: StageName, outcome: StageOutcome, seconds: number): void;
  /** Best effort: record the failure against the article (for example in its stage status) and its file. */
  onDeadLetter?(stage: StageName, articleId: string | null, reason: string, parked: { fileHash: string | null; deadLetterId: string }): Promise<void>;
}

export interface JetStreamServerOptions extends TopologyConfig, RetryPolicy {
  NATS_URL: string;
  /** The most messages one pull, and so one batch, holds. */
  FETCH_BATCH: number;
  /** Batches a replica handles at once (one may be in PostgreSQL while the next is being extracted). */
  CONCURRENCY: number;
  stage: StageName;
  listener?: StageOutcomeListener;
  /** This installation: the stream must be its own (see ensureStreams). */
  binding?: StreamBinding;
}

interface Delivery {
  msg: JsMsg;
  payload?: unknown;
  keepAlive: NodeJS.Timeout;
  started: bigint;
}

/**
 * A Nest transport over a JetStream durable pull consumer that hands the stage's handler a batch: the
 * valid payloads of the messages one pull returned, never waiting for more. The batch is acked only when
 * the handler resolves (after its one transaction commits). Each message keeps its own guarantees:
 * an invalid payload is parked in the dead-letter stream before the batch runs; a batch that fails for a
 * reason of its own messages is split and the halves retried, so one poison message fails alone;
 * transient errors nak with a growing delay; working() keeps every delivered message alive until settled.
 */
export class JetStreamServer extends Server implements CustomTransportStrategy {
  private nc?: NatsConnection;
  private js?: JetStreamClient;
  private messages?: ConsumerMessages;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly pending: Delivery[] = [];
  private waiters: Array<() => void> = [];
  private flushQueued = false;
  private arrivedThisTurn = false;
  private closing = false;
  private readonly heartbeatMs: number;

  constructor(private readonly options: JetStreamServerOptions) {
    super();
    this.heartbeatMs = Math.max(1000, Math.floor(options.ACK_WAIT_MS / 3));
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      this.nc = await connectNats(this.options.NATS_URL, `newsflow-${this.options.stage}`);
      const jsm = await this.nc.jetstreamManager();
      await ensureStreams(jsm, this.options, this.options.binding);
      await ensureStageConsumer(jsm, this.options, this.options.stage);
      this.js = this.nc.jetstream();
      const consumer = await this.js.consumers.get(this.options.STREAM_NAME, this.options.stage);
      callback();
      void this.consumeLoop(consumer);
    } catch (error) {
      callback(error);
    }
  }

  /**
   * Pulls one batch's worth only when a batch slot is free, so delivered messages never wait long; each
   * is under a working() heartbeat from its arrival, so even a wait does not run down its ack_wait.
   */
  private consumeLoop(consumer: Consumer): Promise<void> {
    return pullLoop(consumer, {
      closing: () => this.closing,
      room: () => this.roomForAnotherBatch(),
      pullSize: () => this.options.FETCH_BATCH,
      pulled: (messages) => (this.messages = messages),
      receive: (msg) => this.receive(msg),
      failed: (error) => this.logger.error(`consumer ${this.options.stage} failed, resubscribing: ${error.message}`),
    });
  }

  private async roomForAnotherBatch(): Promise<void> {
    while (!this.closing && this.inFlight.size + (this.pending.length ? 1 : 0) >= this.options.CONCURRENCY) {
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private receive(msg: JsMsg): void {
    this.pending.push({ msg, keepAlive: setInterval(() => msg.working(), this.heartbeatMs), started: process.hrtime.bigint() });
    this.arrivedThisTurn = true;
    this.queueFlush();
  }

  private queueFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    setImmediate(() => {
      this.flushQueued = false;
      this.flush();
    });
  }

  /**
   * Starts a batch from what has arrived once an event-loop turn brings no more: one pull's messages come
   * in several socket reads, and waiting for the turn after the last keeps them together without a timer.
   */
  private flush(): void {
    if (this.arrivedThisTurn && this.pending.length < this.options.FETCH_BATCH) {
      this.arrivedThisTurn = false;
      this.queueFlush();
      return;
    }
    this.arrivedThisTurn = false;
    if (this.pending.length === 0 || this.inFlight.size >= this.options.CONCURRENCY) return;
    const batch = this.pending.splice(0, this.options.FETCH_BATCH);
    const task = this.handleBatch(batch).finally(() => {
      this.inFlight.delete(task);
      if (this.pending.length) this.queueFlush();
      this.wake();
    });
    this.inFlight.add(task);
    if (this.pending.length) this.queueFlush();
    this.wake();
  }

  private async handleBatch(batch: Delivery[]): Promise<void> {
    const valid: Delivery[] = [];
    const invalid: Array<Promise<void>> = [];
    for (const d of batch) {
      try {
        d.payload = this.decode(d.msg);
        valid.push(d);
      } catch (error) {
        invalid.push(this.settleFailed(d, error));
      }
    }
    await Promise.all([...invalid, valid.length ? this.runBatch(valid) : undefined]);
  }

  /** One transaction for the batch; a failure caused by its messages is narrowed down by halves. */
  private async runBatch(batch: Delivery[]): Promise<void> {
    try {
      const handler = this.getHandlerByPattern(STAGES[this.options.stage]);
      if (!handler) throw new PermanentError(`no handler for event ${STAGES[this.options.stage]}`);
      const result = await handler(batch.map((d) => d.payload), new JetStreamContext([batch.map((d) => d.msg)]));
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
      for (const d of batch) this.settle(d, 'ok', () => d.msg.ack());
    } catch (error) {
      if (batch.length > 1 && !isInfrastructureError(error)) {
        this.logger.warn(`${this.options.stage}: a batch of ${batch.length} failed (${describeError(error)}); retrying it in halves to isolate the cause`);
        const half = Math.ceil(batch.length / 2);
        await this.runBatch(batch.slice(0, half));
        await this.runBatch(batch.slice(half));
        return;
      }
      await Promise.all(batch.map((d) => this.settleFailed(d, error)));
    }
  }

  private settle(d: Delivery, outcome: StageOutcome, action: () => void): void {
    clearInterval(d.keepAlive);
    action();
    this.options.listener?.onOutcome?.(this.options.stage, outcome, Number(process.hrtime.bigint() - d.started) / 1e9);
  }

  private async settleFailed(d: Delivery, error: unknown): Promise<void> {
    const decision = decideOnFailure(error, d.msg.info.redeliveryCount, this.options);
    if (decision.action === 'retry') {
      this.logger.warn(`${this.options.stage}: retrying ${d.msg.subject}#${d.msg.info.streamSequence} in ${decision.delayMs} ms: ${decision.reason}`);
      this.settle(d, 'retried', () => d.msg.nak(decision.delayMs));
      return;
    }
    try {
      const deadLetterId = await parkMessage(this.js!, this.options.SUBJECT_PREFIX, this.options.stage, d.msg, decision.reason);
      this.logger.error(`${this.options.stage}: dead-lettered ${d.msg.subject}#${d.msg.info.streamSequence}: ${decision.reason}`);
      const parked = { fileHash: fileHashOf(d.msg.data), deadLetterId };
      await this.options.listener?.onDeadLetter?.(this.options.stage, articleIdOf(d.msg.data), decision.reason, parked).catch(() => undefined);
      // The reason is on the dead letter: a reason on the term itself is ignored by NATS servers before 2.10,
      // which then redeliver the message forever.
      this.settle(d, 'dead-lettered', () => d.msg.term());
    } catch (parkError) {
      // The dead-letter stream is unreachable: keep the message rather than lose it.
      this.settle(d, 'retried', () => d.msg.nak(this.options.backoffMaxMs));
      this.logger.error(`${this.options.stage}: could not dead-letter, will retry: ${(parkError as Error).message}`);
    }
  }

  private decode(msg: JsMsg): unknown {
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(msg.data));
    } catch (error) {
      throw new PermanentError(`payload is not JSON: ${(error as Error).message}`);
    }
    const expected = STAGES[this.options.stage];
    if (msg.subject !== eventSubject(this.options.SUBJECT_PREFIX, expected)) {
      throw new PermanentError(`unexpected subject ${msg.subject}`);
    }
    const parsed = PIPELINE_EVENTS[expected].safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new PermanentError(`invalid ${expected} payload: ${issues}`);
    }
    return parsed.data;
  }

  /** Stops pulling, lets in-flight batches finish (they ack or nak), returns what waits, then drains. */
  async close(): Promise<void> {
    this.closing = true;
    this.wake();
    await this.messages?.close().catch(() => undefined);
    for (const d of this.pending.splice(0)) {
      clearInterval(d.keepAlive);
      d.msg.nak();
    }
    await Promise.allSettled([...this.inFlight]);
    await this.nc?.drain().catch(() => undefined);
  }

  on(): never {
    throw new Error('JetStreamServer does not emit events');
  }

  unwrap<T>(): T {
    return this.nc as T;
  }
}
