import { Controller, Get, NotFoundException } from '@nestjs/common';
import { API_ROUTES, QuoteSearchQuery, QuoteSearchResult, SpeakerQuotes, SpeakerQuotesQuery } from '@newsflow/contracts';
import { EntityQueries, QuoteQueries } from '@newsflow/persistence';
import { ValidParams, ValidQuery } from '../http/validated';

const R = API_ROUTES;

@Controller()
export class QuotesController {
  constructor(
    private readonly quotes: QuoteQueries,
    private readonly entities: EntityQueries,
  ) {}

  @Get(R.listQuotes.path)
  list(@ValidQuery(R.listQuotes) query: QuoteSearchQuery): Promise<QuoteSearchResult> {
    const { group, ...search } = query;
    return group ? this.quotes.searchGrouped(search) : this.quotes.search(search);
  }

  @Get(R.speakerQuotes.path)
  async bySpeaker(@ValidParams(R.speakerQuotes) params: { id: string }, @ValidQuery(R.speakerQuotes) query: SpeakerQuotesQuery): Promise<SpeakerQuotes> {
    // Both statements at once: an unknown speaker is rare, and its page is simply empty.
    const [speaker, page] = await Promise.all([this.entities.find(params.id), this.quotes.searchGrouped({ ...query, speakerEntityId: params.id })]);
    if (!speaker) throw new NotFoundException(`No entity ${params.id}`);
    return { speaker, ...page };
  }
}
