import { z } from 'zod';

/** What a parked message records beside its original payload (as NATS headers and in listings). */
export const deadLetterSchema = z.object({
  id: z.string().describe('Sequence number in the dead-letter subject'),
  stage: z.string(),
  subject: z.string().describe('The subject the message was consumed from'),
  reason: z.string(),
  deliveries: z.number().int(),
  deadLetteredAt: z.string(),
  articleId: z.string().nullable(),
  payloadSummary: z.string(),
});
export type DeadLetter = z.infer<typeof deadLetterSchema>;
