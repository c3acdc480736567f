import { bootstrapStageApp } from '@newsflow/platform';
import { DedupeModule } from './dedupe.module';

void bootstrapStageApp('dedupe', (config) => DedupeModule.register(config), (config) => config.DEDUPE_PORT);
