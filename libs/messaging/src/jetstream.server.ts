import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Consumer, ConsumerMessages, JetStreamClient, JsMsg, NatsConnection } from 'nats';
import { lastValueFrom } from 'rxjs';
import { PIPELINE_EVENTS, STAGES, StageName, eventSubject } from '@newsflow/contracts';
import { PermanentError, RetryPolicy, decideOnFailure } from './failure-policy';
import { JetStreamContext } from './jetstream.context';
import { TopologyConfig, ensureStageConsumer, ensureStreams } from './jetstream-topology';
import { articleIdOf, parkMessage } from './dead-letter-writer';
import { connectNats } from './nats-connection';

export interface StageOutcomeListener {
  onOutcome?(stage: StageName, outcome: 'ok' | 'retried' | 'dead-lettered', seconds: number): void;
  /** Best effort: record the failure against the article (for example in its stage status). */
  onDeadLetter?(stage: StageName, articleId: string | null, reason: string): Promise<void>;
}

export interface JetStreamServerOptions extends TopologyConfig, RetryPolicy {
  NATS_URL: string;
  FETCH_BATCH: number;
  CONCURRENCY: number;
  stage: StageName;
  listener?: StageOutcomeListener;
}

const PULL_EXPIRES_MS = 30_000;

/**
 * A Nest transport over a JetStream durable pull consumer. The handler for the stage's event runs per
 * message; the message is acked only when the handler resolves (after its transaction commits).
 * Invalid payloads and permanent errors are parked in the dead-letter stream and terminated;
 * transient errors nak with a growing delay; long handlers are kept alive with working().
 */
export class JetStreamServer extends Server implements CustomTransportStrategy {
  private nc?: NatsConnection;
  private js?: JetStreamClient;
  private messages?: ConsumerMessages;
  private readonly inFlight = new Set<Promise<void>>();
  private closing = false;

  constructor(private readonly options: JetStreamServerOptions) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      this.nc = await connectNats(this.options.NATS_URL, `newsflow-${this.options.stage}`);
      const jsm = await this.nc.jetstreamManager();
      await ensureStreams(jsm, this.options);
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
   * Pulls only as many messages as can start at once. A message waiting in a client-side buffer runs
   * down its ack_wait with no working() heartbeat, so a backlog of slow handlers would be redelivered
   * and processed twice; pulling into free slots only keeps every delivered message under a heartbeat.
   */
  private async consumeLoop(consumer: Consumer): Promise<void> {
    while (!this.closing) {
      try {
        while (this.inFlight.size >= this.options.CONCURRENCY) await Promise.race(this.inFlight);
        const room = Math.min(this.options.FETCH_BATCH, this.options.CONCURRENCY - this.inFlight.size);
        // A long expiry: a pull that ends while a message is on its way can strand that message until
        // ack_wait, so pulls should rarely end empty-handed; a delivered message is handled at once.
        this.messages = await consumer.fetch({ max_messages: room, expires: PULL_EXPIRES_MS });
        for await (const msg of this.messages) {
          if (this.closing) {
            msg.nak();
            continue;
          }
          const task = this.process(msg).finally(() => this.inFlight.delete(task));
          this.inFlight.add(task);
        }
      } catch (error) {
        if (this.closing) break;
        this.logger.error(`consumer ${this.options.stage} failed, resubscribing: ${(error as Error).message}`);
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  private async process(msg: JsMsg): Promise<void> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    const { stage, listener } = this.options;
    const keepAlive = setInterval(() => msg.working(), Math.max(1000, Math.floor(this.options.ACK_WAIT_MS / 3)));
    try {
      const payload = this.decode(msg);
      const handler = this.getHandlerByPattern(STAGES[stage]);
      if (!handler) throw new PermanentError(`no handler for event ${STAGES[stage]}`);
      const result = await handler(payload, new JetStreamContext([msg]));
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
      msg.ack();
      listener?.onOutcome?.(stage, 'ok', seconds());
    } catch (error) {
      const decision = decideOnFailure(error, msg.info.redeliveryCount, this.options);
      if (decision.action === 'retry') {
        this.logger.warn(`${stage}: retrying ${msg.subject}#${msg.info.streamSequence} in ${decision.delayMs} ms: ${decision.reason}`);
        msg.nak(decision.delayMs);
        listener?.onOutcome?.(stage, 'retried', seconds());
      } else {
        await this.deadLetter(msg, decision.reason);
        listener?.onOutcome?.(stage, 'dead-lettered', seconds());
      }
    } finally {
      clearInterval(keepAlive);
    }
  }

  private async deadLetter(msg: JsMsg, reason: string): Promise<void> {
    try {
      await parkMessage(this.js!, this.options.SUBJECT_PREFIX, this.options.stage, msg, reason);
      this.logger.error(`${this.options.stage}: dead-lettered ${msg.subject}#${msg.info.streamSequence}: ${reason}`);
      await this.options.listener?.onDeadLetter?.(this.options.stage, articleIdOf(msg.data), reason).catch(() => undefined);
      msg.term(reason);
    } catch (error) {
      // The dead-letter stream is unreachable: keep the message rather than lose it.
      msg.nak(this.options.backoffMaxMs);
      this.logger.error(`${this.options.stage}: could not dead-letter, will retry: ${(error as Error).message}`);
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

  /** Stops pulling, lets in-flight handlers finish (they ack or nak), then drains the connection. */
  async close(): Promise<void> {
    this.closing = true;
    await this.messages?.close().catch(() => undefined);
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
