import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@newsflow/config';
import { ArticleReaderRepository, QuoteRepository } from '@newsflow/persistence';
import { PlatformModule } from '@newsflow/platform';
import { QuotesController } from './quotes.controller';
import { QuotesService } from './quotes.service';

@Module({})
export class QuotesModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: QuotesModule,
      imports: [PlatformModule.forApp('quotes', config)],
      controllers: [QuotesController],
      providers: [
        { provide: QuoteRepository, inject: [DataSource], useFactory: (db: DataSource) => new QuoteRepository(db) },
        { provide: ArticleReaderRepository, inject: [DataSource], useFactory: (db: DataSource) => new ArticleReaderRepository(db) },
        QuotesService,
      ],
    };
  }
}
