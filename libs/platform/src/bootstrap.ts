import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@newsflow/config';
import { JetStreamServer, PassThroughRpcFilter } from '@newsflow/messaging';
import { createLogger, dropToStageSeconds, observeStageOutcome } from '@newsflow/observability';
import { ArticleReaderRepository } from '@newsflow/persistence';
import { StageName } from '@newsflow/contracts';
import { PinoNestLogger } from './pino-nest-logger';

function exitOnStartupFailure(app: string, error: unknown): never {
  process.stderr.write(`${app}: failed to start: ${(error as Error).message}\n`);
  process.exit(1);
}

/** Starts an HTTP app (the query service, or the watcher's health/metrics listener). */
export async function bootstrapHttpApp(app: string, module: (c: AppConfig) => DynamicModule, port: (c: AppConfig) => number): Promise<INestApplication> {
  try {
    const config = loadConfig();
    const logger = createLogger(app, { level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
    const nest = await NestFactory.create(module(config), { logger: new PinoNestLogger(logger) });
    nest.enableShutdownHooks();
    await nest.listen(port(config), '0.0.0.0');
    logger.info({ port: port(config) }, `${app} listening`);
    return nest;
  } catch (error) {
    exitOnStartupFailure(app, error);
  }
}

/**
 * Starts a consuming stage: its JetStream transport plus a small HTTP listener for /health and /metrics.
 * Dead letters are recorded against the article so its state shows the failure.
 */
export async function bootstrapStageApp(stage: StageName, module: (c: AppConfig) => DynamicModule, port: (c: AppConfig) => number): Promise<INestApplication> {
  try {
    const config = loadConfig();
    const logger = createLogger(stage, { level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
    const nest = await NestFactory.create(module(config), { logger: new PinoNestLogger(logger) });
    nest.enableShutdownHooks();
    nest.useGlobalFilters(new PassThroughRpcFilter());
    const reader = new ArticleReaderRepository(nest.get(DataSource));
    nest.connectMicroservice(
      {
        strategy: new JetStreamServer({
          ...config,
          stage,
          maxDeliver: config.MAX_DELIVER,
          backoffBaseMs: config.BACKOFF_BASE_MS,
          backoffMaxMs: config.BACKOFF_MAX_MS,
          listener: {
            onOutcome: observeStageOutcome,
            onDeadLetter: (s, articleId, reason) => (articleId ? reader.markFailed(articleId, s, reason) : Promise.resolve()),
          },
        }),
      },
      { inheritAppConfig: true },
    );
    await nest.startAllMicroservices();
    await nest.listen(port(config), '0.0.0.0');
    logger.info({ port: port(config) }, `${stage} consuming`);
    return nest;
  } catch (error) {
    exitOnStartupFailure(stage, error);
  }
}

/** Records how long an article took from its file drop to this stage. */
export function observeDropLatency(stage: string, droppedAtMs: number): void {
  dropToStageSeconds.observe({ stage }, Math.max(0, (Date.now() - droppedAtMs) / 1000));
}
