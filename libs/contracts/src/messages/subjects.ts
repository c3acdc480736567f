import { z } from 'zod';
import { articleReceivedSchema } from './article-received';
import {
  articleAcceptedSchema,
  articleCompletedSchema,
  articleDuplicateSchema,
  entitiesExtractedSchema,
} from './stage-events';

/** The pipeline's events, in flow order, with the schema of each one's payload. */
export const PIPELINE_EVENTS = {
  received: articleReceivedSchema,
  accepted: articleAcceptedSchema,
  duplicate: articleDuplicateSchema,
  'entities-extracted': entitiesExtractedSchema,
  completed: articleCompletedSchema,
} as const;
export type PipelineEvent = keyof typeof PIPELINE_EVENTS;
export type PipelinePayload<E extends PipelineEvent> = z.infer<(typeof PIPELINE_EVENTS)[E]>;

/** The consuming stages, and the event each one consumes. */
export const STAGES = {
  dedupe: 'received',
  entities: 'accepted',
  quotes: 'entities-extracted',
} as const satisfies Record<string, PipelineEvent>;
export type StageName = keyof typeof STAGES;
export const STAGE_NAMES = Object.keys(STAGES) as StageName[];

export function eventSubject(prefix: string, event: PipelineEvent): string {
  return `${prefix}.article.${event}`;
}

export function deadLetterSubject(prefix: string, stage: string): string {
  return `${prefix}.dlq.${stage}`;
}

export function eventFromSubject(prefix: string, subject: string): PipelineEvent | null {
  const head = `${prefix}.article.`;
  if (!subject.startsWith(head)) return null;
  const event = subject.slice(head.length);
  return event in PIPELINE_EVENTS ? (event as PipelineEvent) : null;
}

/**
 * The Nats-Msg-Id of a stage's onward event: stable across redeliveries (so a re-publish is dropped
 * by the stream), fresh for each reprocess run.
 */
export function onwardMessageId(message: { articleId: string; reprocess?: boolean }, stage: string, version: string, now = Date.now()): string {
  return `${message.articleId}:${stage}:${version}${message.reprocess ? `:reprocess-${now}` : ''}`;
}

/** The Nats-Msg-Id of the `accepted` event that sends a duplicate promoted to original (its cluster's head retired) to extraction. */
export function promotedMessageId(articleId: string): string {
  return `${articleId}:promoted`;
}
