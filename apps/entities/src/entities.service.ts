import { Injectable } from '@nestjs/common';
import { ArticleAccepted, onwardMessageId } from '@newsflow/contracts';
import { PipelinePublisher } from '@newsflow/messaging';
import { EXTRACTOR_VERSIONS, bodyEntities } from '@newsflow/nlp';
import { ArticleReaderRepository, EntityLinkingRepository } from '@newsflow/persistence';
import { BatchOutcomes, passOnEach, requireArticleContents } from '@newsflow/platform';
import { testDelay } from './test-delay';

/** Extracts the entities of each article's body, links a batch's entities to the global entity table in one transaction, then hands over to quotes. */
@Injectable()
export class EntitiesService {
  constructor(
    private readonly reader: ArticleReaderRepository,
    private readonly linking: EntityLinkingRepository,
    private readonly publisher: PipelinePublisher,
  ) {}

  async handle(messages: ArticleAccepted[]): Promise<BatchOutcomes> {
    const contents = await requireArticleContents(this.reader, messages.map((m) => m.articleId));
    const extracted = messages.map((m, i) => ({ articleId: m.articleId, mentions: bodyEntities(contents[i].text, contents[i].boilerplate) }));
    await testDelay();
    const stored = await this.linking.storeMentionsBatch(extracted, EXTRACTOR_VERSIONS.entities);
    const version = EXTRACTOR_VERSIONS.entities;
    // An article superseded or retracted meanwhile got nothing and goes no further.
    return passOnEach('entities', messages, extracted.map((a) => a.mentions.length), 'mentions', async (m, mentions) =>
      stored.has(m.articleId) && this.publisher.publish('entities-extracted', { v: 1, articleId: m.articleId, droppedAt: m.droppedAt, path: m.path, reprocess: m.reprocess, mentions }, onwardMessageId(m, 'entities', version)),
    );
  }
}
