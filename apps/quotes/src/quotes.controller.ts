import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { BatchOutcomes } from '@newsflow/platform';
import { EntitiesExtracted } from '@newsflow/contracts';
import { QuotesService } from './quotes.service';

@Controller()
export class QuotesController {
  constructor(private readonly quotes: QuotesService) {}

  /** The valid messages of one pull, in delivery order. */
  @EventPattern('entities-extracted')
  handle(@Payload() batch: EntitiesExtracted[]): Promise<BatchOutcomes> {
    return this.quotes.handle(batch);
  }
}
