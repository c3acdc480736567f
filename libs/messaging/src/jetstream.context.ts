import { BaseRpcContext } from '@nestjs/microservices';
import { JsMsg } from 'nats';

/** The handler's view of one batch: the deliveries behind its payloads, in the same order. */
export class JetStreamContext extends BaseRpcContext<[JsMsg[]]> {
  getMessages(): JsMsg[] {
    return this.args[0];
  }
}
