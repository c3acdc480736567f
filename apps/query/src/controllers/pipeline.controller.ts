import { Controller, Get, HttpCode, NotFoundException, Post, UseGuards } from '@nestjs/common';
import { API_ROUTES, DeadLetterListQuery, PipelineStatus, ReplayResult } from '@newsflow/contracts';
import { DeadLetterStore } from '@newsflow/messaging';
import { ApiKeyGuard } from '../http/api-key.guard';
import { ValidParams, ValidQuery } from '../http/validated';
import { PipelineStatusService } from '../pipeline-status.service';

const R = API_ROUTES;
// DeadLetterStore.list reads from the oldest letter; a stage filter looks at this many at most.
const STAGE_FILTER_WINDOW = 5000;

@Controller()
export class PipelineController {
  constructor(
    private readonly pipeline: PipelineStatusService,
    private readonly deadLetters: DeadLetterStore,
  ) {}

  @Get(R.pipelineStatus.path)
  status(@ValidQuery(R.pipelineStatus) _query: object): Promise<PipelineStatus> {
    return this.pipeline.status();
  }

  @Get(R.listDeadLetters.path)
  async list(@ValidQuery(R.listDeadLetters) query: DeadLetterListQuery) {
    const [letters, counts] = await Promise.all([
      this.deadLetters.list(query.stage ? STAGE_FILTER_WINDOW : query.limit),
      this.deadLetters.countsByStage(),
    ]);
    const items = (query.stage ? letters.filter((l) => l.stage === query.stage) : letters).slice(0, query.limit);
    return { items, counts };
  }

  @Post(R.replayDeadLetter.path)
  @HttpCode(200)
  @UseGuards(ApiKeyGuard)
  async replay(@ValidParams(R.replayDeadLetter) params: { id: string }, @ValidQuery(R.replayDeadLetter) _query: object): Promise<ReplayResult> {
    const letter = await this.deadLetters.replay(params.id);
    if (!letter) throw new NotFoundException(`No dead letter ${params.id}`);
    return { replayed: 1, items: [letter] };
  }

  @Post(R.replayAllDeadLetters.path)
  @HttpCode(200)
  @UseGuards(ApiKeyGuard)
  async replayAll(@ValidQuery(R.replayAllDeadLetters) _query: object): Promise<ReplayResult> {
    return { replayed: await this.deadLetters.replayAll(), items: [] };
  }
}
