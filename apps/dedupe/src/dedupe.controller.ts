import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleReceived } from '@newsflow/contracts';
import { BatchOutcomes } from '@newsflow/platform';
import { DedupeService } from './dedupe.service';

@Controller()
export class DedupeController {
  constructor(private readonly dedupe: DedupeService) {}

  /** The valid messages of one pull, in delivery order. */
  @EventPattern('received')
  handle(@Payload() batch: ArticleReceived[]): Promise<BatchOutcomes> {
    return this.dedupe.handle(batch);
  }
}
