import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { httpAdapter } from './http-adapter';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@newsflow/config';
import { JetStreamServer, PassThroughRpcFilter, PermanentError } from '@newsflow/messaging';
import { appLogger, dropToStageSeconds, observeStageOutcome } from '@newsflow/observability';
import { EntityMention } from '@newsflow/nlp';
import { ArticleContent, ArticleReaderRepository, DeadLetterLedgerRepository } from '@newsflow/persistence';
import { StageName } from '@newsflow/contracts';
import { logArticle } from './batch-log.interceptor';
import { quietFrameworkLogger } from './framework-log';
import { STREAM_BINDING } from './tokens';

type ModuleFor = (config: AppConfig) => DynamicModule;
type PortOf = (config: AppConfig) => number;

const loggerOf = (app: string, config: AppConfig) => appLogger(app, { level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });

/** Creates, wires and starts one Nest app; a start-up failure exits with a readable message. */
async function startApp(name: string, module: ModuleFor, port: PortOf, wire?: (nest: INestApplication, config: AppConfig) => Promise<void>): Promise<INestApplication> {
  try {
    const config = loadConfig();
    const logger = loggerOf(name, config);
    const nest = await NestFactory.create(module(config), httpAdapter(), { bufferLogs: true });
    nest.useLogger(quietFrameworkLogger(nest.get(Logger)));
    nest.enableShutdownHooks();
    await wire?.(nest, config);
    await nest.listen(port(config), '0.0.0.0');
    logger.info({ port: port(config) }, `${name} started`);
    return nest;
  } catch (error) {
    process.stderr.write(`${name}: failed to start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/** Starts an HTTP app (the query service, or the watcher's health/metrics listener). */
export function bootstrapHttpApp(app: string, module: ModuleFor, port: PortOf): Promise<INestApplication> {
  return startApp(app, module, port);
}

/**
 * Starts a consuming stage: its JetStream transport plus a small HTTP listener for /health and /metrics.
 * Dead letters are recorded against the article and its file, so both show the failure.
 */
export function bootstrapStageApp(stage: StageName, module: ModuleFor, port: PortOf): Promise<INestApplication> {
  return startApp(stage, module, port, async (nest, config) => {
    nest.useGlobalFilters(new PassThroughRpcFilter());
    const reader = new ArticleReaderRepository(nest.get(DataSource));
    const parkedArticles = new DeadLetterLedgerRepository(nest.get(DataSource));
    nest.connectMicroservice(
      {
        strategy: new JetStreamServer({
          ...config,
          stage,
          maxDeliver: config.MAX_DELIVER,
          backoffBaseMs: config.BACKOFF_BASE_MS,
          backoffMaxMs: config.BACKOFF_MAX_MS,
          binding: nest.get(STREAM_BINDING),
          listener: {
            onOutcome: observeStageOutcome,
            onDeadLetter: async (s, articleId, reason, { fileHash, deadLetterId }) => {
              loggerOf(stage, config).error({ articleId, stage: s, reason, deadLetterId }, `${s} dead-lettered`);
              if (!articleId) return;
              await Promise.all([reader.markFailed(articleId, s, reason), parkedArticles.record({ articleId, stage: s, fileHash, reason, deadLetterId })]);
            },
          },
        }),
      },
      { inheritAppConfig: true },
    );
    await nest.startAllMicroservices();
  });
}

/** Records how long an article took from its file drop to this stage; a reprocess run is not a drop. */
export function observeDropLatency(stage: string, message: { droppedAt: number; reprocess?: boolean }): void {
  if (message.reprocess) return;
  dropToStageSeconds.observe({ stage }, Math.max(0, (Date.now() - message.droppedAt) / 1000));
}

/** The stored text (and boilerplate ranges) of each article a stage was told about, in order; an absent one is permanent. */
export async function requireArticleContents(reader: ArticleReaderRepository, articleIds: string[]): Promise<ArticleContent[]> {
  return inOrder(articleIds, await reader.contentsOf(articleIds));
}

/** The same, with each article's stored entity mentions, in one round trip. */
export async function requireArticleContentsWithMentions(reader: ArticleReaderRepository, articleIds: string[]): Promise<Array<ArticleContent & { mentions: EntityMention[] }>> {
  return inOrder(articleIds, await reader.contentsWithMentionsOf(articleIds));
}

function inOrder<T>(articleIds: string[], found: Map<string, T>): T[] {
  return articleIds.map((id) => {
    const content = found.get(id);
    if (content === undefined) throw new PermanentError(`article ${id} is not stored`);
    return content;
  });
}

/**
 * What an extraction stage does for each article once its batch committed: a debug line, the drop
 * latency, and the onward event with the article's count. Returns the batch's total for its log line.
 */
export async function passOnEach<M extends { articleId: string; path?: string; droppedAt: number; reprocess?: boolean }>(
  stage: string,
  messages: M[],
  counts: number[],
  counted: string,
  publish: (message: M, count: number) => Promise<unknown>,
): Promise<Record<string, number>> {
  await Promise.all(
    messages.map((m, i) => {
      logArticle(m, { [counted]: counts[i], reprocess: m.reprocess }, `${stage} stored`);
      observeDropLatency(stage, m);
      return publish(m, counts[i]);
    }),
  );
  return { [counted]: counts.reduce((n, c) => n + c, 0) };
}
