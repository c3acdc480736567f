import { JetStreamManager, NatsConnection } from 'nats';
import { PipelineStatus, STAGE_NAMES } from '@newsflow/contracts';
import { DeadLetterStore, readStageLag } from '@newsflow/messaging';
import { PipelineQueries } from '@newsflow/persistence';
import { DataSource } from 'typeorm';
import { countReplicas } from './presence';

export interface PipelineStatusSources {
  nc: NatsConnection;
  jsm: JetStreamManager;
  deadLetters: DeadLetterStore;
  queries: PipelineQueries;
  config: { STREAM_NAME: string; SUBJECT_PREFIX: string };
}

/**
 * The pipeline status shared by `GET /pipeline/status` and `npm run status`: JetStream consumer info
 * (lag), the dead-letter stream, presence replies (replicas) and what the database recorded.
 */
export class PipelineStatusReader {
  constructor(private readonly s: PipelineStatusSources) {}

  static async open(nc: NatsConnection, db: DataSource, config: PipelineStatusSources['config']): Promise<PipelineStatusReader> {
    const jsm = await nc.jetstreamManager();
    return new PipelineStatusReader({ nc, jsm, config, deadLetters: new DeadLetterStore(jsm, nc.jetstream(), config.STREAM_NAME), queries: new PipelineQueries(db) });
  }

  async status(): Promise<PipelineStatus> {
    const { nc, jsm, deadLetters, queries, config } = this.s;
    const [lag, deadLetterCounts, activity, articles, files, recentRejections, parked, replicas, reconciliation] = await Promise.all([
      readStageLag(jsm, config.STREAM_NAME),
      deadLetters.countsByStage().catch(() => ({}) as Record<string, number>),
      queries.stageActivity(STAGE_NAMES),
      queries.articlesByState(),
      queries.filesByState(),
      queries.recentRejections(),
      deadLetters.list(10).catch(() => []),
      countReplicas(nc, config.SUBJECT_PREFIX),
      queries.reconciliation(),
    ]);
    return {
      at: new Date().toISOString(),
      stages: lag.map((l) => ({
        stage: l.stage,
        pending: l.pending,
        ackPending: l.ackPending,
        redelivered: l.redelivered,
        oldestPendingAgeMs: l.oldestPendingAgeMs,
        deadLetters: deadLetterCounts[l.stage] ?? 0,
        doneLastMinute: activity.get(l.stage)?.doneLastMinute ?? 0,
        failed: activity.get(l.stage)?.failed ?? 0,
        replicas: replicas[l.stage] ?? 0,
        waitingPulls: l.waitingPulls,
      })),
      articles,
      files,
      recentRejections,
      deadLetters: parked,
      replicas,
      reconciliation,
    };
  }
}
