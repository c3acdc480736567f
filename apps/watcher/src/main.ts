import { bootstrapHttpApp } from '@newsflow/platform';
import { WatcherModule } from './watcher.module';

void bootstrapHttpApp('watcher', (config) => WatcherModule.register(config), (config) => config.WATCHER_PORT);
