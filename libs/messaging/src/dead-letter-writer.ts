import { headers, JetStreamClient, JsMsg } from 'nats';
import { deadLetterSubject } from '@newsflow/contracts';

export const DLQ_HEADERS = {
  reason: 'Nf-Reason',
  stage: 'Nf-Stage',
  subject: 'Nf-Subject',
  deliveries: 'Nf-Deliveries',
  articleId: 'Nf-Article-Id',
  time: 'Nf-Time',
} as const;

export function articleIdOf(data: Uint8Array): string | null {
  try {
    const id = JSON.parse(new TextDecoder().decode(data))?.articleId;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/** Parks a message with its reason and delivery count; the id makes a repeated park a no-op. */
export async function parkMessage(js: JetStreamClient, prefix: string, stage: string, msg: JsMsg, reason: string): Promise<void> {
  const h = headers();
  h.set(DLQ_HEADERS.reason, reason.slice(0, 2000).replace(/[\r\n]+/g, ' '));
  h.set(DLQ_HEADERS.stage, stage);
  h.set(DLQ_HEADERS.subject, msg.subject);
  h.set(DLQ_HEADERS.deliveries, String(msg.info.redeliveryCount));
  h.set(DLQ_HEADERS.articleId, articleIdOf(msg.data) ?? '');
  h.set(DLQ_HEADERS.time, new Date().toISOString());
  await js.publish(deadLetterSubject(prefix, stage), msg.data, { headers: h, msgID: `dlq:${stage}:${msg.info.streamSequence}` });
}
