import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@newsflow/config';
import { PlatformModule } from '@newsflow/platform';
import { InboxWatcherService } from './inbox-watcher.service';

@Module({})
export class WatcherModule {
  static register(config: AppConfig): DynamicModule {
    return { module: WatcherModule, imports: [PlatformModule.forApp('watcher', config)], providers: [InboxWatcherService] };
  }
}
