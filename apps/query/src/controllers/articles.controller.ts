import { Controller, Get, NotFoundException } from '@nestjs/common';
import { API_ROUTES, ArticleDetail, ArticleSearchQuery, ArticleSummary, Cluster, Page, StoriesQuery, Story } from '@newsflow/contracts';
import { ArticleDetailQueries, ArticleSearchQueries, StoryQueries } from '@newsflow/persistence';
import { ValidParams, ValidQuery } from '../http/validated';

const R = API_ROUTES;

@Controller()
export class ArticlesController {
  constructor(
    private readonly search: ArticleSearchQueries,
    private readonly details: ArticleDetailQueries,
    private readonly stories: StoryQueries,
  ) {}

  @Get(R.listArticles.path)
  list(@ValidQuery(R.listArticles) query: ArticleSearchQuery): Promise<Page<ArticleSummary>> {
    return this.search.search(query);
  }

  @Get(R.getArticle.path)
  async get(@ValidParams(R.getArticle) params: { id: string }, @ValidQuery(R.getArticle) _query: object): Promise<ArticleDetail> {
    return (await this.details.detail(params.id)) ?? notFound(params.id);
  }

  @Get(R.articleDuplicates.path)
  async duplicates(@ValidParams(R.articleDuplicates) params: { id: string }, @ValidQuery(R.articleDuplicates) _query: object): Promise<Cluster> {
    return (await this.details.cluster(params.id)) ?? notFound(params.id);
  }

  @Get(R.listStories.path)
  listStories(@ValidQuery(R.listStories) query: StoriesQuery): Promise<Page<Story>> {
    return this.stories.list(query);
  }
}

function notFound(id: string): never {
  throw new NotFoundException(`No article ${id}`);
}
