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
    const speaker = await this.entities.find(params.id);
    if (!speaker) throw new NotFoundException(`No entity ${params.id}`);
    const page = await this.quotes.searchGrouped({ ...query, speakerEntityId: params.id });
    return { speaker, ...page };
  }
}
