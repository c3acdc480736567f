import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@newsflow/config';
import { EntitiesExtracted, onwardMessageId } from '@newsflow/contracts';
import { PipelinePublisher } from '@newsflow/messaging';
import { QuoteModels, bodyQuotes, quoteModelsNamed, quotesVersion } from '@newsflow/nlp';
import { ArticleReaderRepository, QuoteRepository } from '@newsflow/persistence';
import { APP_CONFIG, BatchOutcomes, passOnEach, requireArticleContentsWithMentions } from '@newsflow/platform';

/** Attributes each article's quotes to speakers through its stored entities, stores a batch in one transaction, then marks them completed. */
@Injectable()
export class QuotesService {
  private readonly models: QuoteModels;
  private readonly version: string;

  constructor(
    private readonly reader: ArticleReaderRepository,
    private readonly quotes: QuoteRepository,
    private readonly publisher: PipelinePublisher,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.models = quoteModelsNamed(config.QUOTE_MODELS);
    this.version = quotesVersion(config.QUOTE_MODELS);
  }

  async handle(messages: EntitiesExtracted[]): Promise<BatchOutcomes> {
    const contents = await requireArticleContentsWithMentions(this.reader, messages.map((m) => m.articleId));
    const extracted = messages.map((m, i) => ({ articleId: m.articleId, quotes: bodyQuotes(contents[i].text, contents[i].boilerplate, contents[i].mentions, this.models) }));
    const stored = await this.quotes.storeQuotesBatch(extracted, this.version);
    // No completed event for an article superseded or retracted meanwhile.
    return passOnEach('quotes', messages, extracted.map((a) => a.quotes.length), 'quotes', async (m, quotes) =>
      stored.has(m.articleId) && this.publisher.publish('completed', { v: 1, articleId: m.articleId, droppedAt: m.droppedAt, path: m.path, reprocess: m.reprocess, quotes }, onwardMessageId(m, 'quotes', this.version)),
    );
  }
}
