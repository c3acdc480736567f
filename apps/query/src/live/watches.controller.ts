import { Controller, Delete, Get, HttpCode, NotFoundException, Post, UseGuards } from '@nestjs/common';
import { API_ROUTES, Watch, WatchCreate, WatchList } from '@newsflow/contracts';
import { UnknownEntityError, WatchRepository } from '@newsflow/persistence';
import { ApiKeyGuard } from '../http/api-key.guard';
import { InvalidInputException } from '../http/invalid-input.exception';
import { ValidBody, ValidParams, ValidQuery } from '../http/validated';

const R = API_ROUTES;

@Controller()
export class WatchesController {
  constructor(private readonly watches: WatchRepository) {}

  @Post(R.createWatch.path)
  @HttpCode(201)
  @UseGuards(ApiKeyGuard)
  async create(@ValidQuery(R.createWatch) _query: object, @ValidBody(R.createWatch) body: WatchCreate): Promise<Watch> {
    try {
      return await this.watches.create(body);
    } catch (error) {
      if (error instanceof UnknownEntityError) throw new InvalidInputException([{ location: `body.${error.field}`, message: error.message }]);
      throw error;
    }
  }

  @Get(R.listWatches.path)
  async list(@ValidQuery(R.listWatches) _query: object): Promise<WatchList> {
    return { items: await this.watches.list() };
  }

  @Delete(R.deleteWatch.path)
  @HttpCode(204)
  @UseGuards(ApiKeyGuard)
  async delete(@ValidParams(R.deleteWatch) params: { id: string }, @ValidQuery(R.deleteWatch) _query: object): Promise<void> {
    if (!(await this.watches.delete(params.id))) throw new NotFoundException(`No watch ${params.id}`);
  }
}
