import { bootstrapHttpApp } from '@newsflow/platform';
import { QueryModule } from './query.module';

void bootstrapHttpApp('query', (config) => QueryModule.register(config), (config) => config.QUERY_PORT);
