import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@newsflow/config';
import { ArticleReaderRepository, EntityLinkingRepository } from '@newsflow/persistence';
import { PlatformModule } from '@newsflow/platform';
import { EntitiesController } from './entities.controller';
import { EntitiesService } from './entities.service';

@Module({})
export class EntitiesModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: EntitiesModule,
      imports: [PlatformModule.forApp('entities', config)],
      controllers: [EntitiesController],
      providers: [
        { provide: EntityLinkingRepository, inject: [DataSource], useFactory: (db: DataSource) => new EntityLinkingRepository(db) },
        { provide: ArticleReaderRepository, inject: [DataSource], useFactory: (db: DataSource) => new ArticleReaderRepository(db) },
        EntitiesService,
      ],
    };
  }
}
