import { NatsConnection } from 'nats';
import { STAGE_NAMES, StageName } from '@newsflow/contracts';
import { DeadLetterStore, readStageLag } from '@newsflow/messaging';
import { setStageBacklogSource } from '@newsflow/observability';

/**
 * A stage app exports its own consumer's backlog on /metrics, so Prometheus sees lag and dead letters
 * without the NATS monitoring port. Replicas report the same figures: aggregate with max by (stage).
 */
export function reportStageBacklog(nc: NatsConnection, config: { STREAM_NAME: string }, app: string): void {
  if (!STAGE_NAMES.includes(app as StageName)) return;
  setStageBacklogSource(async () => {
    const jsm = await nc.jetstreamManager();
    const [lag, deadLetters] = await Promise.all([
      readStageLag(jsm, config.STREAM_NAME),
      new DeadLetterStore(jsm, nc.jetstream(), config.STREAM_NAME).countsByStage(),
    ]);
    return lag.filter((l) => l.stage === app).map((l) => ({ ...l, deadLetters: deadLetters[l.stage] ?? 0 }));
  });
}
