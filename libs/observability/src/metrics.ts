import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

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

export const httpRequestSeconds = new Histogram({
  name: 'newsflow_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by method, route pattern (not the concrete path) and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
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

export interface StageBacklog {
  stage: string;
  pending: number;
  ackPending: number;
  redelivered: number;
  deadLetters: number;
}

let backlogSource: (() => Promise<StageBacklog[]>) | undefined;

/** Where a stage app reads its consumer's backlog from at scrape time (JetStream consumer info). */
export function setStageBacklogSource(source: () => Promise<StageBacklog[]>): void {
  backlogSource = source;
}

export const stageBacklog = new Gauge({
  name: 'newsflow_stage_backlog_messages',
  help: 'Messages waiting for a stage, read from JetStream at scrape time: pending, ack_pending, redelivered, dead_letters',
  labelNames: ['stage', 'kind'] as const,
  registers: [registry],
  async collect() {
    if (!backlogSource) return;
    this.reset();
    for (const b of await backlogSource().catch(() => [])) {
      this.set({ stage: b.stage, kind: 'pending' }, b.pending);
      this.set({ stage: b.stage, kind: 'ack_pending' }, b.ackPending);
      this.set({ stage: b.stage, kind: 'redelivered' }, b.redelivered);
      this.set({ stage: b.stage, kind: 'dead_letters' }, b.deadLetters);
    }
  },
});
