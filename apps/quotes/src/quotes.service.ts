import { Injectable } from '@nestjs/common';
import { EntitiesExtracted, onwardMessageId } from '@newsflow/contracts';
import { PipelinePublisher } from '@newsflow/messaging';
import { EXTRACTOR_VERSIONS, extractQuotes, inBody } from '@newsflow/nlp';
import { ArticleReaderRepository, QuoteRepository } from '@newsflow/persistence';
import { articleLog, observeDropLatency, requireArticleContentWithMentions } from '@newsflow/platform';

/** Attributes the article's quotes to speakers through its stored entities, then marks it completed. */
@Injectable()
export class QuotesService {
  constructor(
    private readonly reader: ArticleReaderRepository,
    private readonly quotes: QuoteRepository,
    private readonly publisher: PipelinePublisher,
  ) {}

  async handle(message: EntitiesExtracted): Promise<void> {
    const { text, boilerplate, mentions } = await requireArticleContentWithMentions(this.reader, message.articleId);
    const quotes = inBody(extractQuotes(text, mentions), boilerplate);
    const stored = await this.quotes.storeQuotes(message.articleId, quotes, EXTRACTOR_VERSIONS.quotes);
    articleLog().info({ quotes: stored, version: EXTRACTOR_VERSIONS.quotes, reprocess: message.reprocess }, 'quotes stored');
    await this.publisher.publish(
      'completed',
      { v: 1, articleId: message.articleId, droppedAt: message.droppedAt, path: message.path, reprocess: message.reprocess, quotes: stored },
      onwardMessageId(message, 'quotes', EXTRACTOR_VERSIONS.quotes),
    );
    observeDropLatency('quotes', message);
  }
}
