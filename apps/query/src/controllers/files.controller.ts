import { Controller, Get } from '@nestjs/common';
import { API_ROUTES, FileListQuery, LedgerEntry, Page } from '@newsflow/contracts';
import { LedgerQueries } from '@newsflow/persistence';
import { ValidQuery } from '../http/validated';

@Controller()
export class FilesController {
  constructor(private readonly ledger: LedgerQueries) {}

  @Get(API_ROUTES.listFiles.path)
  list(@ValidQuery(API_ROUTES.listFiles) query: FileListQuery): Promise<Page<LedgerEntry>> {
    return this.ledger.list(query);
  }
}
