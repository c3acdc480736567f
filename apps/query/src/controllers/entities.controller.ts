import { Controller, Get, NotFoundException } from '@nestjs/common';
import { API_ROUTES, CooccurrenceQuery, CooccurringEntity, EntityDetail, EntityListQuery, EntitySummary, Page } from '@newsflow/contracts';
import { EntityQueries } from '@newsflow/persistence';
import { ValidParams, ValidQuery } from '../http/validated';

const R = API_ROUTES;

@Controller()
export class EntitiesController {
  constructor(private readonly entities: EntityQueries) {}

  @Get(R.listEntities.path)
  list(@ValidQuery(R.listEntities) query: EntityListQuery): Promise<Page<EntitySummary>> {
    return this.entities.list(query);
  }

  @Get(R.getEntity.path)
  async get(@ValidParams(R.getEntity) params: { id: string }, @ValidQuery(R.getEntity) query: { from?: string; to?: string }): Promise<EntityDetail> {
    const entity = await this.entities.detail(params.id, query);
    if (!entity) throw new NotFoundException(`No entity ${params.id}`);
    return entity;
  }

  @Get(R.entityCooccurrence.path)
  async cooccurrence(
    @ValidParams(R.entityCooccurrence) params: { id: string },
    @ValidQuery(R.entityCooccurrence) query: CooccurrenceQuery,
  ): Promise<{ entityId: string; items: CooccurringEntity[] }> {
    if (!(await this.entities.find(params.id))) throw new NotFoundException(`No entity ${params.id}`);
    return { entityId: params.id, items: await this.entities.cooccurrence(params.id, query) };
  }
}
