import { Controller, Get, NotFoundException } from '@nestjs/common';
import { API_ROUTES, QuoteSearchQuery, QuoteSearchResult, SpeakerQuotes, SpeakerQuotesQuery } from '@newsflow/contracts';
import { QuoteQueries } from '@newsflow/persistence';
import { ValidParams, ValidQuery } from '../http/validated';

const R = API_ROUTES;

@Controller()
export class QuotesController {
  constructor(private readonly quotes: QuoteQueries) {}

  @Get(R.listQuotes.path)
  list(@ValidQuery(R.listQuotes) query: QuoteSearchQuery): Promise<QuoteSearchResult> {
    const { group, ...search } = query;
    return group ? this.quotes.searchGrouped(search) : this.quotes.search(search);
  }

  @Get(R.speakerQuotes.path)
  async bySpeaker(@ValidParams(R.speakerQuotes) params: { id: string }, @ValidQuery(R.speakerQuotes) query: SpeakerQuotesQuery): Promise<SpeakerQuotes> {
    const found = await this.quotes.bySpeaker(params.id, query);
    if (!found) throw new NotFoundException(`No entity ${params.id}`);
    return { speaker: found.speaker, ...found.page };
  }
}
