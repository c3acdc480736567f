import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { AppConfig } from '@newsflow/config';
import { DeadLetterStore, PipelinePublisher } from '@newsflow/messaging';
import { ArticleDetailQueries, ArticleSearchQueries, DeadLetterLedgerRepository, EntityQueries, ExportQueries, FileArticleQueries, LedgerQueries, PipelineQueries, QuoteQueries, StoryQueries } from '@newsflow/persistence';
import { ArticleRetraction, NATS_CONNECTION, PlatformModule } from '@newsflow/platform';
import { ArticlesController } from './controllers/articles.controller';
import { EntitiesController } from './controllers/entities.controller';
import { ExportController } from './controllers/export.controller';
import { FileArticlesController } from './controllers/file-articles.controller';
import { FilesController } from './controllers/files.controller';
import { PipelineController } from './controllers/pipeline.controller';
import { QuotesController } from './controllers/quotes.controller';
import { RetractionController } from './controllers/retraction.controller';
import { ApiKeyGuard } from './http/api-key.guard';
import { DocsAndUi } from './http/docs-and-ui';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { JETSTREAM_MANAGER, PipelineStatusService } from './pipeline-status.service';
import { LiveModule } from './live/live.module';

const READ_QUERIES = [ArticleSearchQueries, ArticleDetailQueries, StoryQueries, EntityQueries, QuoteQueries, LedgerQueries, PipelineQueries, ExportQueries, FileArticleQueries];

/** The query service: read-only API over PostgreSQL, dead-letter replay over JetStream, retraction, docs and the web UI. */
@Module({})
export class QueryModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: QueryModule,
      imports: [PlatformModule.forApp('query', config, { poolSize: config.QUERY_DB_CONNECTIONS, handlesMessages: false }), LiveModule],
      controllers: [ArticlesController, EntitiesController, QuotesController, FilesController, FileArticlesController, PipelineController, ExportController, RetractionController],
      providers: [
        ...READ_QUERIES.map((Queries) => ({ provide: Queries, inject: [DataSource], useFactory: (db: DataSource) => new Queries(db) })),
        { provide: JETSTREAM_MANAGER, inject: [NATS_CONNECTION], useFactory: (nc: NatsConnection) => nc.jetstreamManager() },
        {
          provide: DeadLetterStore,
          inject: [NATS_CONNECTION, JETSTREAM_MANAGER, DataSource],
          useFactory: (nc: NatsConnection, jsm: Awaited<ReturnType<NatsConnection['jetstreamManager']>>, db: DataSource) => {
            const parked = new DeadLetterLedgerRepository(db);
            // A replayed letter's file is in flight again; it is marked again if the replay fails.
            return new DeadLetterStore(jsm, nc.jetstream(), config.STREAM_NAME, parked.replayed);
          },
        },
        { provide: ArticleRetraction, inject: [DataSource, PipelinePublisher], useFactory: (db: DataSource, publisher: PipelinePublisher) => new ArticleRetraction(db, publisher) },
        PipelineStatusService,
        ApiKeyGuard,
        DocsAndUi,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
