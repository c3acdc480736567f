import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LiveEventQueries, WatchRepository } from '@newsflow/persistence';
import { EventsController } from './events.controller';
import { LiveEventHub } from './live-event-hub';
import { WatchesController } from './watches.controller';
import { WebhookDispatcher } from './webhook-dispatcher';

/** Live watchlists: watches, the /events stream and webhooks (DESIGN §8). */
@Module({
  controllers: [WatchesController, EventsController],
  providers: [
    { provide: WatchRepository, inject: [DataSource], useFactory: (db: DataSource) => new WatchRepository(db) },
    { provide: LiveEventQueries, inject: [DataSource], useFactory: (db: DataSource) => new LiveEventQueries(db) },
    LiveEventHub,
    WebhookDispatcher,
  ],
})
export class LiveModule {}
