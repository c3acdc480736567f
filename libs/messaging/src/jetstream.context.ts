import { BaseRpcContext } from '@nestjs/microservices';
import { JsMsg } from 'nats';

/** The handler's view of one batch: the deliveries behind its payloads, in the same order. */
export class JetStreamContext extends BaseRpcContext<[JsMsg[]]> {
  getMessages(): JsMsg[] {
    return this.args[0];
  }
  /** The highest delivery count in the batch (1 when every message is on its first delivery). */
  getDelivery(): number {
    return Math.max(1, ...this.args[0].map((m) => m.info.redeliveryCount));
  }
}
