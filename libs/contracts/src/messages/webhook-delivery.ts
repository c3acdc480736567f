import { z } from 'zod';
import { webhookMatchSchema } from '../api/live';

/** query -> query: one match to POST to one watch's webhook (a message of the webhook stream). */
export const webhookDeliverySchema = z.object({ v: z.literal(1), watchId: z.string().regex(/^\d+$/), match: webhookMatchSchema });
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export function webhookSubject(prefix: string, watchId: string): string {
  return `${prefix}.webhook.${watchId}`;
}
