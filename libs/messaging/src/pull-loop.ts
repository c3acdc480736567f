import { Consumer, ConsumerMessages, JsMsg } from 'nats';

/**
 * A long expiry: a pull that ends while a message is on its way can strand that message until ack_wait,
 * so pulls should rarely end empty-handed; a delivered message is handled at once.
 */
const PULL_EXPIRES_MS = 30_000;

/** What a pull loop asks of its owner, which keeps the messages in hand. */
export interface PullLoopOwner {
  closing(): boolean;
  /** Resolves once another pull may start (a free slot), or on closing. */
  room(): Promise<void>;
  /** How many messages the next pull asks for. */
  pullSize(): number;
  /** The pull now running: closing ends it at once. */
  pulled(messages: ConsumerMessages): void;
  receive(msg: JsMsg): void;
  /** A failed pull; the loop pulls again a second later. */
  failed(error: Error): void;
}

/** Pulls from a durable consumer only when the owner has room, until it closes; messages delivered while closing are nak'd. */
export async function pullLoop(consumer: Consumer, owner: PullLoopOwner): Promise<void> {
  while (!owner.closing()) {
    try {
      await owner.room();
      if (owner.closing()) break;
      const messages = await consumer.fetch({ max_messages: owner.pullSize(), expires: PULL_EXPIRES_MS });
      owner.pulled(messages);
      for await (const msg of messages) {
        if (owner.closing()) msg.nak();
        else owner.receive(msg);
      }
    } catch (error) {
      if (owner.closing()) break;
      owner.failed(error as Error);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
