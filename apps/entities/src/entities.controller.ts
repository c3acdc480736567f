import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { BatchOutcomes } from '@newsflow/platform';
import { ArticleAccepted } from '@newsflow/contracts';
import { EntitiesService } from './entities.service';

@Controller()
export class EntitiesController {
  constructor(private readonly entities: EntitiesService) {}

  /** The valid messages of one pull, in delivery order. */
  @EventPattern('accepted')
  handle(@Payload() batch: ArticleAccepted[]): Promise<BatchOutcomes> {
    return this.entities.handle(batch);
  }
}
