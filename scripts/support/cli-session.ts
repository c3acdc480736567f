import { NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@newsflow/config';
import { DeadLetterStore, PipelinePublisher, connectNats } from '@newsflow/messaging';
import { DeadLetterLedgerRepository, installationIdOf, openDatabase } from '@newsflow/persistence';

/** What the operator CLIs (status, dlq, trace, reprocess) talk to: the configured NATS and PostgreSQL. */
export interface CliSession {
  config: AppConfig;
  nc: NatsConnection;
  db: DataSource;
  deadLetters(): Promise<DeadLetterStore>;
  publisher(): PipelinePublisher;
  close(): Promise<void>;
}

export async function openCliSession(name: string): Promise<CliSession> {
  const config = loadConfig();
  const [nc, db] = await Promise.all([connectNats(config.NATS_URL, `newsflow-cli-${name}`), openDatabase(config.DATABASE_URL, { poolSize: 4 })]);
  const installationId = await installationIdOf(db);
  const parked = new DeadLetterLedgerRepository(db);
  return {
    config,
    nc,
    db,
    deadLetters: async () =>
      new DeadLetterStore(await nc.jetstreamManager(), nc.jetstream(), config.STREAM_NAME, parked.replayed),
    publisher: () => new PipelinePublisher(nc.jetstream(), config, installationId),
    close: async () => {
      await nc.drain().catch(() => undefined);
      await db.destroy().catch(() => undefined);
    },
  };
}

/** Runs a CLI's main, printing a failure as one readable line and exiting non-zero. */
export function runCli(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`${name}: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
