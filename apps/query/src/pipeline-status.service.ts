import { Inject, Injectable } from '@nestjs/common';
import { JetStreamManager } from 'nats';
import { AppConfig } from '@newsflow/config';
import { PipelineStatus, STAGE_NAMES } from '@newsflow/contracts';
import { DeadLetterStore, readStageLag } from '@newsflow/messaging';
import { PipelineQueries } from '@newsflow/persistence';
import { APP_CONFIG } from '@newsflow/platform';

export const JETSTREAM_MANAGER = Symbol('JETSTREAM_MANAGER');

/** Pipeline status: JetStream consumer lag and dead letters joined with what the database recorded. */
@Injectable()
export class PipelineStatusService {
  constructor(
    @Inject(JETSTREAM_MANAGER) private readonly jsm: JetStreamManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deadLetters: DeadLetterStore,
    private readonly db: PipelineQueries,
  ) {}

  async status(): Promise<PipelineStatus> {
    const [lag, deadLetterCounts, activity, articles, files, recentRejections, deadLetters] = await Promise.all([
      readStageLag(this.jsm, this.config.STREAM_NAME),
      this.deadLetters.countsByStage(),
      this.db.stageActivity(STAGE_NAMES),
      this.db.articlesByState(),
      this.db.filesByState(),
      this.db.recentRejections(),
      this.deadLetters.list(10),
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
      })),
      articles,
      files,
      recentRejections,
      deadLetters,
    };
  }
}
