import { Injectable } from '@nestjs/common';
import { ArticleAccepted } from '@newsflow/contracts';
import { PipelinePublisher } from '@newsflow/messaging';
import { EXTRACTOR_VERSIONS, extractEntities, inBody } from '@newsflow/nlp';
import { ArticleReaderRepository, EntityLinkingRepository } from '@newsflow/persistence';
import { articleLog, observeDropLatency, requireArticleContent } from '@newsflow/platform';
import { onwardMessageId } from '@newsflow/contracts';
import { testDelay } from './test-delay';

/** Extracts the entities of the article's body, links them to the global entity table, then hands over to quotes. */
@Injectable()
export class EntitiesService {
  constructor(
    private readonly reader: ArticleReaderRepository,
    private readonly linking: EntityLinkingRepository,
    private readonly publisher: PipelinePublisher,
  ) {}

  async handle(message: ArticleAccepted): Promise<void> {
    const { text, boilerplate } = await requireArticleContent(this.reader, message.articleId);
    const mentions = inBody(extractEntities(text), boilerplate);
    await testDelay();
    const stored = await this.linking.storeMentions(message.articleId, mentions, EXTRACTOR_VERSIONS.entities);
    articleLog().info({ mentions: stored, version: EXTRACTOR_VERSIONS.entities, reprocess: message.reprocess }, 'entities stored');
    await this.publisher.publish(
      'entities-extracted',
      { v: 1, articleId: message.articleId, droppedAt: message.droppedAt, path: message.path, reprocess: message.reprocess, mentions: stored },
      onwardMessageId(message, 'entities', EXTRACTOR_VERSIONS.entities),
    );
    observeDropLatency('entities', message);
  }
}
