import { z } from 'zod';
import { deadLetterSchema } from '../messages/dead-letter';
import { numericIdSchema } from './common';
import { fileRejectionSchema } from './articles';

export const stageStatusSchema = z.object({
  stage: z.string(),
  pending: z.number().int().describe('Messages not yet delivered to the stage'),
  ackPending: z.number().int().describe('Delivered, not yet acknowledged'),
  redelivered: z.number().int(),
  oldestPendingAgeMs: z.number().nullable(),
  deadLetters: z.number().int(),
  doneLastMinute: z.number().int().describe('Articles the stage finished in the last minute'),
  failed: z.number().int().describe('Articles whose stage status is failed'),
  replicas: z.number().int().describe('Processes of this stage answering on NATS right now'),
  waitingPulls: z.number().int().describe('Pull requests waiting at the consumer (idle replica capacity)'),
});
export type StageStatus = z.infer<typeof stageStatusSchema>;

export const rejectionSchema = z.object({
  fileId: z.string(),
  path: z.string(),
  state: z.string(),
  reason: z.string().nullable(),
  rejections: z.array(fileRejectionSchema),
  at: z.string(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

export const reconciliationSchema = z.object({
  at: z.string(),
  checked: z.number().int().describe('Published files with an article neither stored nor dead-lettered'),
  inFlight: z.number().int().describe('...of which still queued in the stream'),
  redriven: z.number().int().describe('...sent again: their first message never reached the database'),
  gone: z.number().int().describe('...that could not be sent again (file gone or changed), now rejected with the reason'),
  deadLettered: z.number().int().describe('Files newly marked dead-lettered'),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

export const pipelineStatusSchema = z.object({
  at: z.string(),
  stages: z.array(stageStatusSchema),
  articles: z.record(z.string(), z.number().int()).describe('Articles per state'),
  files: z.record(z.string(), z.number().int()).describe('Ledger entries per state'),
  recentRejections: z.array(rejectionSchema),
  deadLetters: z.array(deadLetterSchema).describe('The first parked messages'),
  replicas: z.record(z.string(), z.number().int()).describe('Connected processes per app (watcher, stages, query)'),
  reconciliation: z
    .object({ last: reconciliationSchema.nullable(), lastAction: reconciliationSchema.nullable() })
    .describe("The watcher's last reconciliation of the ledger with the database, and the last one that changed something"),
});
export type PipelineStatus = z.infer<typeof pipelineStatusSchema>;

export const deadLetterListQuerySchema = z.strictObject({
  stage: z.string().regex(/^[a-z-]{1,40}$/, 'a stage name is lower-case letters and hyphens (dedupe, entities, quotes)').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type DeadLetterListQuery = z.infer<typeof deadLetterListQuerySchema>;
export const deadLetterListSchema = z.object({ items: z.array(deadLetterSchema), counts: z.record(z.string(), z.number().int()) });
export const deadLetterIdParamsSchema = z.strictObject({ id: numericIdSchema });
export const replayResultSchema = z.object({ replayed: z.number().int(), items: z.array(deadLetterSchema) });
export type ReplayResult = z.infer<typeof replayResultSchema>;
export const emptyQuerySchema = z.strictObject({});
