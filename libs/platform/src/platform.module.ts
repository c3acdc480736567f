import { DynamicModule, Global, Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import { NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { AppConfig } from '@newsflow/config';
import { PipelinePublisher, connectNats, ensureStreams } from '@newsflow/messaging';
import { openDatabase } from '@newsflow/persistence';
import { HealthController } from './health.controller';
import { APP_CONFIG, NATS_CONNECTION } from './tokens';

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

/** What every app shares: validated config, the database (migrated), NATS with the stream, health and metrics. */
@Global()
@Module({})
export class PlatformModule {
  static forApp(appName: string, config: AppConfig, options: { poolSize?: number } = {}): DynamicModule {
    return {
      module: PlatformModule,
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useFactory: () => openDatabase(config.DATABASE_URL, { poolSize: options.poolSize }) },
        {
          provide: NATS_CONNECTION,
          useFactory: async () => {
            const nc = await connectNats(config.NATS_URL, `newsflow-${appName}`);
            await ensureStreams(await nc.jetstreamManager(), config);
            return nc;
          },
        },
        {
          provide: PipelinePublisher,
          inject: [NATS_CONNECTION],
          useFactory: (nc: NatsConnection) => new PipelinePublisher(nc.jetstream(), config),
        },
        PlatformLifecycle,
      ],
      exports: [APP_CONFIG, DataSource, NATS_CONNECTION, PipelinePublisher],
    };
  }
}
