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

function stringField(data: Uint8Array, field: string): string | null {
  try {
    const value = JSON.parse(new TextDecoder().decode(data))?.[field];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function articleIdOf(data: Uint8Array): string | null {
  return stringField(data, 'articleId');
}

/** The file's content hash, carried by `received` messages (later events name only the article). */
export function fileHashOf(data: Uint8Array): string | null {
  return stringField(data, 'fileHash');
}

/**
 * Parks a message with its reason and delivery count; the id makes a repeated park a no-op. Returns the
 * dead letter's id (its sequence in the dead-letter stream).
 */
export async function parkMessage(js: JetStreamClient, prefix: string, stage: string, msg: JsMsg, reason: string): Promise<string> {
  const h = headers();
  h.set(DLQ_HEADERS.reason, reason.slice(0, 2000).replace(/[\r\n]+/g, ' '));
  h.set(DLQ_HEADERS.stage, stage);
  h.set(DLQ_HEADERS.subject, msg.subject);
  h.set(DLQ_HEADERS.deliveries, String(msg.info.redeliveryCount));
  h.set(DLQ_HEADERS.articleId, articleIdOf(msg.data) ?? '');
  h.set(DLQ_HEADERS.time, new Date().toISOString());
  const ack = await js.publish(deadLetterSubject(prefix, stage), msg.data, { headers: h, msgID: `dlq:${stage}:${msg.info.streamSequence}` });
  return String(ack.seq);
}
