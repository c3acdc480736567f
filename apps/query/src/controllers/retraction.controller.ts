import { Controller, Delete, Get, Inject, NotFoundException, UseGuards } from '@nestjs/common';
import { API_ROUTES, RetractionResult, UiConfig } from '@newsflow/contracts';
import { AppConfig } from '@newsflow/config';
import { APP_CONFIG, ArticleRetraction } from '@newsflow/platform';
import { ApiKeyGuard } from '../http/api-key.guard';
import { ValidParams, ValidQuery } from '../http/validated';

const R = API_ROUTES;

/** Retraction, and the UI's configuration (whether it must ask for an API key to offer it). */
@Controller()
export class RetractionController {
  constructor(
    private readonly retraction: ArticleRetraction,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Delete(R.retractArticle.path)
  @UseGuards(ApiKeyGuard)
  async retract(@ValidParams(R.retractArticle) params: { id: string }, @ValidQuery(R.retractArticle) _query: object): Promise<RetractionResult> {
    const [r] = (await this.retraction.retract({ id: params.id })) ?? [];
    if (!r) throw new NotFoundException(`No article ${params.id}`);
    return { id: r.id, path: r.path, retractedAt: r.retractedAt.toISOString(), alreadyRetracted: r.alreadyRetracted, promoted: r.promoted };
  }

  @Get(R.uiConfig.path)
  uiConfig(@ValidQuery(R.uiConfig) _query: object): UiConfig {
    return { apiKeyRequired: !!this.config.API_KEY };
  }
}
