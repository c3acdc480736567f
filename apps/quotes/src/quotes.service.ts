import { Injectable } from '@nestjs/common';
import { EntitiesExtracted, onwardMessageId } from '@newsflow/contracts';
import { PipelinePublisher } from '@newsflow/messaging';
import { EXTRACTOR_VERSIONS, bodyQuotes } from '@newsflow/nlp';
import { ArticleReaderRepository, QuoteRepository } from '@newsflow/persistence';
import { BatchOutcomes, passOnEach, requireArticleContentsWithMentions } from '@newsflow/platform';

/** Attributes each article's quotes to speakers through its stored entities, stores a batch in one transaction, then marks them completed. */
@Injectable()
export class QuotesService {
  constructor(
    private readonly reader: ArticleReaderRepository,
    private readonly quotes: QuoteRepository,
    private readonly publisher: PipelinePublisher,
  ) {}

  async handle(messages: EntitiesExtracted[]): Promise<BatchOutcomes> {
    const contents = await requireArticleContentsWithMentions(this.reader, messages.map((m) => m.articleId));
    const extracted = messages.map((m, i) => ({ articleId: m.articleId, quotes: bodyQuotes(contents[i].text, contents[i].boilerplate, contents[i].mentions) }));
    const stored = await this.quotes.storeQuotesBatch(extracted, EXTRACTOR_VERSIONS.quotes);
    const version = EXTRACTOR_VERSIONS.quotes;
    // No completed event for an article superseded or retracted meanwhile.
    return passOnEach('quotes', messages, extracted.map((a) => a.quotes.length), 'quotes', async (m, quotes) =>
      stored.has(m.articleId) && this.publisher.publish('completed', { v: 1, articleId: m.articleId, droppedAt: m.droppedAt, path: m.path, reprocess: m.reprocess, quotes }, onwardMessageId(m, 'quotes', version)),
    );
  }
}
