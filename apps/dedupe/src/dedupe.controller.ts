import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleReceived } from '@newsflow/contracts';
import { DedupeService } from './dedupe.service';

@Controller()
export class DedupeController {
  constructor(private readonly dedupe: DedupeService) {}

  @EventPattern('received')
  handle(@Payload() message: ArticleReceived): Promise<void> {
    return this.dedupe.handle(message);
  }
}
