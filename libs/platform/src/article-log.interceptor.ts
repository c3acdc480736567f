import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Store, storage } from 'nestjs-pino/storage';
import pino, { Logger } from 'pino';
import { Observable, tap } from 'rxjs';
import { DataSource } from 'typeorm';
import { ArticleLogFields } from '@newsflow/observability';

const outsideAnyArticle = pino({ level: 'silent' });

/** The logger bound to the article being handled (id, path, stage); silent outside a stage handler. */
export function articleLog(): Logger {
  return storage.getStore()?.logger ?? outsideAnyArticle;
}

interface ArticlePayload {
  articleId?: unknown;
  path?: unknown;
}

/**
 * Runs each stage handler inside a pino child logger bound to the article (id, file path, stage), so
 * every line the handler logs through nestjs-pino's PinoLogger carries them, and logs the outcome.
 * Messages from older versions may lack the path: it is then read back from the article row.
 */
@Injectable()
export class ArticleLogInterceptor implements NestInterceptor {
  constructor(
    private readonly base: Logger,
    private readonly stage: string,
    private readonly db: DataSource,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'rpc') return next.handle();
    const fields = await this.fieldsOf(context.switchToRpc().getData() as ArticlePayload);
    const log = this.base.child(fields);
    const started = Date.now();
    return new Observable((subscriber) =>
      // next.handle() binds the handler to the async context it is called in: call it inside the store.
      storage.run(new Store(log), () =>
        next
          .handle()
          .pipe(
            tap({
              complete: () => log.info({ ms: Date.now() - started }, `${this.stage} done`),
              error: (error: Error) => log.warn({ ms: Date.now() - started, err: error.message }, `${this.stage} failed`),
            }),
          )
          .subscribe(subscriber),
      ),
    );
  }

  private async fieldsOf(payload: ArticlePayload): Promise<ArticleLogFields> {
    const articleId = typeof payload?.articleId === 'string' ? payload.articleId : null;
    let path = typeof payload?.path === 'string' ? payload.path : null;
    if (articleId && path === null) {
      const rows: Array<{ path: string }> = await this.db.query(`SELECT path FROM articles WHERE id = $1`, [articleId]).catch(() => []);
      path = rows[0]?.path ?? null;
    }
    return { articleId, path, stage: this.stage };
  }
}
