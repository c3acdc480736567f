import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleAccepted } from '@newsflow/contracts';
import { EntitiesService } from './entities.service';

@Controller()
export class EntitiesController {
  constructor(private readonly entities: EntitiesService) {}

  @EventPattern('accepted')
  handle(@Payload() message: ArticleAccepted): Promise<void> {
    return this.entities.handle(message);
  }
}
