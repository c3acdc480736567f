import { Controller, Get, NotFoundException, Res } from '@nestjs/common';
import { ServerResponse } from 'node:http';
import { API_ROUTES, EventsQuery } from '@newsflow/contracts';
import { WatchRepository } from '@newsflow/persistence';
import { ValidQuery } from '../http/validated';
import { LiveEventHub } from './live-event-hub';

@Controller()
export class EventsController {
  constructor(
    private readonly hub: LiveEventHub,
    private readonly watches: WatchRepository,
  ) {}

  /** Server-Sent Events; the response stays open until the client leaves (or reads too slowly). */
  @Get(API_ROUTES.events.path)
  async events(@ValidQuery(API_ROUTES.events) query: EventsQuery, @Res() reply: { raw: ServerResponse; hijack(): void }): Promise<void> {
    if (query.watch && !(await this.watches.exists(query.watch))) throw new NotFoundException(`No watch ${query.watch}`);
    await this.hub.subscribe(reply.raw, query.watch, () => reply.hijack());
  }
}
