import { BaseRpcContext } from '@nestjs/microservices';
import { JsMsg } from 'nats';

/** The handler's view of one delivery. */
export class JetStreamContext extends BaseRpcContext<[JsMsg]> {
  getMessage(): JsMsg {
    return this.args[0];
  }
  getSubject(): string {
    return this.args[0].subject;
  }
  /** 1 on the first delivery. */
  getDelivery(): number {
    return this.args[0].info.redeliveryCount;
  }
}
