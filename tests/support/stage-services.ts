import { NatsConnection } from 'nats';
import { DedupeEngine } from '@newsflow/dedupe';
import { PipelinePublisher, connectNats, ensureStreams } from '@newsflow/messaging';
import { ArticleDedupeRepository, ArticleReaderRepository, EntityLinkingRepository, OutletBoilerplateRepository, QuoteRepository } from '@newsflow/persistence';
import { LearnedBoilerplateCache } from '../../apps/dedupe/src/learned-boilerplate.cache';
import { DedupeService } from '../../apps/dedupe/src/dedupe.service';
import { EntitiesService } from '../../apps/entities/src/entities.service';
import { QuotesService } from '../../apps/quotes/src/quotes.service';
import { TestEnv } from './test-env';

export interface StageServices {
  nc: NatsConnection;
  publisher: PipelinePublisher;
  dedupe: DedupeService;
  entities: EntitiesService;
  quotes: QuotesService;
}

/** The three stages' handlers in this process, on the test environment's database and stream. */
export async function stageServices(t: TestEnv, clientName: string): Promise<StageServices> {
  const nc = await connectNats(t.config.NATS_URL, clientName);
  await ensureStreams(await nc.jetstreamManager(), t.config);
  const publisher = new PipelinePublisher(nc.jetstream(), t.config);
  const reader = new ArticleReaderRepository(t.db);
  return {
    nc,
    publisher,
    dedupe: new DedupeService(new ArticleDedupeRepository(t.db, await DedupeEngine.create()), publisher, new LearnedBoilerplateCache(new OutletBoilerplateRepository(t.db))),
    entities: new EntitiesService(reader, new EntityLinkingRepository(t.db), publisher),
    quotes: new QuotesService(reader, new QuoteRepository(t.db), publisher, t.config),
  };
}
