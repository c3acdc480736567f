import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process; every app exposes it at /metrics. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'newsflow_' });

export const stageMessages = new Counter({
  name: 'newsflow_stage_messages_total',
  help: 'Messages handled per stage and outcome (received counts every delivery)',
  labelNames: ['stage', 'outcome'] as const,
  registers: [registry],
});

export const stageProcessingSeconds = new Histogram({
  name: 'newsflow_stage_processing_seconds',
  help: 'Time a stage spends on one message, ack included',
  labelNames: ['stage'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const dropToStageSeconds = new Histogram({
  name: 'newsflow_drop_to_stage_seconds',
  help: 'End-to-end latency from the file drop (mtime) to the stage finishing the article',
  labelNames: ['stage'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 30, 60, 300],
  registers: [registry],
});

export const watcherFilesSeen = new Counter({
  name: 'newsflow_watcher_files_seen_total',
  help: 'Files the watcher read to the end (new or changed, stable), whatever their outcome',
  registers: [registry],
});

export const watcherFiles = new Counter({
  name: 'newsflow_watcher_files_total',
  help: 'Files the watcher finished, by outcome (published, rejected, duplicate-file, ignored) and reason code',
  labelNames: ['outcome', 'code'] as const,
  registers: [registry],
});

export const watcherArticlesPublished = new Counter({
  name: 'newsflow_watcher_articles_published_total',
  help: 'Articles published to JetStream by the watcher',
  registers: [registry],
});

export function observeStageOutcome(stage: string, outcome: 'ok' | 'retried' | 'dead-lettered', seconds: number): void {
  stageMessages.inc({ stage, outcome: 'received' });
  stageMessages.inc({ stage, outcome });
  stageProcessingSeconds.observe({ stage }, seconds);
}
