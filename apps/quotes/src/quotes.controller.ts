import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EntitiesExtracted } from '@newsflow/contracts';
import { QuotesService } from './quotes.service';

@Controller()
export class QuotesController {
  constructor(private readonly quotes: QuotesService) {}

  @EventPattern('entities-extracted')
  handle(@Payload() message: EntitiesExtracted): Promise<void> {
    return this.quotes.handle(message);
  }
}
