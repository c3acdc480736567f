import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@newsflow/config';
import { DedupeConfig, DedupeEngine } from '@newsflow/dedupe';
import { ArticleDedupeRepository, OutletBoilerplateRepository } from '@newsflow/persistence';
import { PlatformModule } from '@newsflow/platform';
import { DedupeController } from './dedupe.controller';
import { DedupeService } from './dedupe.service';
import { LearnedBoilerplateCache } from './learned-boilerplate.cache';

function dedupeOverrides(config: AppConfig): Partial<DedupeConfig> {
  const overrides: Partial<DedupeConfig> = {};
  if (config.DEDUPE_THRESHOLD !== undefined) overrides.jaccardThreshold = config.DEDUPE_THRESHOLD;
  if (config.SHINGLE_SIZE !== undefined) overrides.shingleSize = config.SHINGLE_SIZE;
  return overrides;
}

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
            new ArticleDedupeRepository(db, await DedupeEngine.create(dedupeOverrides(config))),
        },
        { provide: OutletBoilerplateRepository, inject: [DataSource], useFactory: (db: DataSource) => new OutletBoilerplateRepository(db) },
        LearnedBoilerplateCache,
        DedupeService,
      ],
    };
  }
}
