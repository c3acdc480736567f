import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Store, storage } from 'nestjs-pino/storage';
import pino, { Logger } from 'pino';
import { Observable, tap } from 'rxjs';
import { ArticleLogFields } from '@newsflow/observability';

const outsideAnyBatch = pino({ level: 'silent' });

/** What a stage handler reports of a batch it stored: counts by outcome, logged in the batch's one info line. */
export type BatchOutcomes = Record<string, number>;

/** The logger bound to the batch being handled (its stage); silent outside a stage handler. */
function batchLog(): Logger {
  return storage.getStore()?.logger ?? outsideAnyBatch;
}

/** A warning about one article of the batch, at any level: something the reader of the logs should see. */
export function warnArticle(article: { articleId: string; path?: string }, fields: Record<string, unknown>, msg: string): void {
  batchLog().warn({ articleId: article.articleId, path: article.path ?? null, ...fields }, msg);
}

/**
 * A debug line about one article of the batch, with its id and file path, so one article can be followed
 * through every stage; at the default level it costs one level check.
 */
export function logArticle(article: { articleId: string; path?: string }, fields: Record<string, unknown>, msg: string): void {
  const log = batchLog();
  if (!log.isLevelEnabled('debug')) return;
  const bound: Omit<ArticleLogFields, 'stage'> = { articleId: article.articleId, path: article.path ?? null };
  log.debug({ ...bound, ...fields }, msg);
}

/**
 * Runs each stage handler inside a pino child logger bound to the stage, and logs one info line per batch
 * with its size, duration and outcomes (what the handler resolved with). Per-article lines are debug:
 * at hundreds of articles a second, an info line each cost the entities app as much CPU as its NLP.
 */
@Injectable()
export class BatchLogInterceptor implements NestInterceptor {
  constructor(
    private readonly base: Logger,
    private readonly stage: string,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const data = context.switchToRpc().getData() as unknown[];
    const count = Array.isArray(data) ? data.length : 1;
    const log = this.base.child({ stage: this.stage });
    const started = Date.now();
    return new Observable((subscriber) =>
      // next.handle() binds the handler to the async context it is called in: call it inside the store.
      storage.run(new Store(log), () =>
        next
          .handle()
          .pipe(
            tap({
              next: (outcomes) => log.info({ count, ms: Date.now() - started, ...(outcomes as BatchOutcomes) }, `${this.stage} batch done`),
              error: (error: Error) => log.warn({ count, ms: Date.now() - started, err: error.message }, `${this.stage} batch failed`),
            }),
          )
          .subscribe(subscriber),
      ),
    );
  }
}
