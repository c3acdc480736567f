import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@newsflow/config';
import { DedupeEngine } from '@newsflow/dedupe';
import { ArticleDedupeRepository } from '@newsflow/persistence';
import { PlatformModule } from '@newsflow/platform';
import { DedupeController } from './dedupe.controller';
import { DedupeService } from './dedupe.service';

@Module({})
export class DedupeModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: DedupeModule,
      imports: [PlatformModule.forApp('dedupe', config)],
      controllers: [DedupeController],
      providers: [
        {
          provide: ArticleDedupeRepository,
          inject: [DataSource],
          useFactory: async (db: DataSource) =>
            new ArticleDedupeRepository(db, await DedupeEngine.create({ jaccardThreshold: config.DEDUPE_THRESHOLD, shingleSize: config.SHINGLE_SIZE })),
        },
        DedupeService,
      ],
    };
  }
}
