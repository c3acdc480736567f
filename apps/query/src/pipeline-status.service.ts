import { Inject, Injectable } from '@nestjs/common';
import { JetStreamManager, NatsConnection } from 'nats';
import { AppConfig } from '@newsflow/config';
import { PipelineStatus } from '@newsflow/contracts';
import { DeadLetterStore } from '@newsflow/messaging';
import { PipelineQueries } from '@newsflow/persistence';
import { APP_CONFIG, NATS_CONNECTION, PipelineStatusReader } from '@newsflow/platform';

export const JETSTREAM_MANAGER = Symbol('JETSTREAM_MANAGER');

/** `GET /pipeline/status`: the shared PipelineStatusReader, so the API and `npm run status` agree. */
@Injectable()
export class PipelineStatusService {
  private readonly reader: PipelineStatusReader;

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    @Inject(JETSTREAM_MANAGER) jsm: JetStreamManager,
    @Inject(APP_CONFIG) config: AppConfig,
    deadLetters: DeadLetterStore,
    queries: PipelineQueries,
  ) {
    this.reader = new PipelineStatusReader({ nc, jsm, config, deadLetters, queries });
  }

  status(): Promise<PipelineStatus> {
    return this.reader.status();
  }
}
