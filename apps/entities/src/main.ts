import { bootstrapStageApp } from '@newsflow/platform';
import { EntitiesModule } from './entities.module';

void bootstrapStageApp('entities', (config) => EntitiesModule.register(config), (config) => config.ENTITIES_PORT);
