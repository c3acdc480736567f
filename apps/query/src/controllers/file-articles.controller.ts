import { Controller, Get } from '@nestjs/common';
import { API_ROUTES, FileArticles, FileArticlesQuery } from '@newsflow/contracts';
import { FileArticleQueries } from '@newsflow/persistence';
import { ValidQuery } from '../http/validated';

/** Links ledger entries to their stored articles, for the UI's Files page (one call per page of files). */
@Controller()
export class FileArticlesController {
  constructor(private readonly files: FileArticleQueries) {}

  @Get(API_ROUTES.fileArticles.path)
  list(@ValidQuery(API_ROUTES.fileArticles) query: FileArticlesQuery): Promise<FileArticles> {
    return this.files.forFiles(query.ids.split(','));
  }
}
