import { DynamicModule, Global, Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { AppConfig } from '@newsflow/config';
import { PipelinePublisher, StreamBinding, connectNats, ensureStreams } from '@newsflow/messaging';
import { appLogger, printsRequestLogs, requestLogOptions, requestUrl } from '@newsflow/observability';
import { reportStageBacklog } from './stage-backlog';
import { databaseLabel, installationIdOf, openDatabase } from '@newsflow/persistence';
import { BatchLogInterceptor } from './batch-log.interceptor';
import { HealthController } from './health.controller';
import { answerPresence } from './presence';
import { APP_CONFIG, NATS_CONNECTION, STREAM_BINDING } from './tokens';

class PlatformLifecycle implements OnApplicationShutdown {
  constructor(
    private readonly db: DataSource,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    await this.nc.drain().catch(() => undefined);
    await this.db.destroy().catch(() => undefined);
  }
}

// Scrapes and probes every few seconds would drown the request log.
const QUIET_PATHS = new Set(['/health', '/metrics']);

/**
 * What every app shares: validated config, the database (migrated), NATS with the stream, health and
 * metrics, structured logs (nestjs-pino; one info line per stage batch, debug lines per article with its id and path)
 * and an answer to presence requests (replica counts in the pipeline status).
 */
@Global()
@Module({})
export class PlatformModule {
  /**
   * `handlesMessages: false` leaves out the batch log interceptor, which only acts on stage handlers:
   * on an HTTP-only app it would still wrap every request in an rxjs pipeline for nothing.
   */
  static forApp(appName: string, config: AppConfig, options: { poolSize?: number; handlesMessages?: boolean } = {}): DynamicModule {
    const logger = appLogger(appName, { level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot({
          // Above debug the request log prints nothing, yet its middleware would still give every request a
          // child logger and an AsyncLocalStorage context: about 0.1 ms of CPU per query request here.
          forRoutes: printsRequestLogs(config.LOG_LEVEL) ? undefined : [],
          pinoHttp: { logger, ...requestLogOptions(), autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.has(requestUrl(req).split('?')[0]) } },
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useFactory: () => openDatabase(config.DATABASE_URL, { poolSize: options.poolSize }) },
        {
          provide: STREAM_BINDING,
          inject: [DataSource],
          useFactory: async (db: DataSource): Promise<StreamBinding> => ({ installationId: await installationIdOf(db), database: databaseLabel(config.DATABASE_URL) }),
        },
        {
          provide: NATS_CONNECTION,
          inject: [STREAM_BINDING],
          useFactory: async (binding: StreamBinding) => {
            const nc = await connectNats(config.NATS_URL, `newsflow-${appName}`);
            // A stream of another installation is refused here, before this app consumes or publishes anything.
            await ensureStreams(await nc.jetstreamManager(), config, binding).catch(async (error) => {
              await nc.close();
              throw error;
            });
            answerPresence(nc, config.SUBJECT_PREFIX, appName);
            reportStageBacklog(nc, config, appName);
            return nc;
          },
        },
        {
          provide: PipelinePublisher,
          inject: [NATS_CONNECTION, STREAM_BINDING],
          useFactory: (nc: NatsConnection, binding: StreamBinding) => new PipelinePublisher(nc.jetstream(), config, binding.installationId),
        },
        PlatformLifecycle,
        ...(options.handlesMessages === false
          ? []
          : [{ provide: APP_INTERCEPTOR, useFactory: () => new BatchLogInterceptor(logger, appName) }]),
      ],
      exports: [APP_CONFIG, DataSource, NATS_CONNECTION, PipelinePublisher, STREAM_BINDING],
    };
  }
}
