import { Controller, Get, Headers, Res } from '@nestjs/common';
import { API_ROUTES, ArticleExportQuery, articleExportRowSchema, QuoteExportQuery, quoteExportRowSchema } from '@newsflow/contracts';
import { ExportQueries } from '@newsflow/persistence';
import { exportFormat, sendExport } from '../http/export-stream';
import { ValidQuery } from '../http/validated';

const R = API_ROUTES;
const ARTICLE_COLUMNS = Object.keys(articleExportRowSchema.shape) as Array<keyof typeof articleExportRowSchema.shape>;
const QUOTE_COLUMNS = Object.keys(quoteExportRowSchema.shape) as Array<keyof typeof quoteExportRowSchema.shape>;

type Reply = Parameters<typeof sendExport>[0];

/** Streamed exports of the article and quote lists, with the list routes' filters. */
@Controller()
export class ExportController {
  constructor(private readonly exports: ExportQueries) {}

  @Get(R.exportArticles.path)
  articles(@ValidQuery(R.exportArticles) query: ArticleExportQuery, @Headers('accept') accept: string | undefined, @Res() reply: Reply): void {
    const { format, ...filters } = query;
    sendExport(reply, 'articles', this.exports.articles(filters), exportFormat(format, accept), ARTICLE_COLUMNS);
  }

  @Get(R.exportQuotes.path)
  quotes(@ValidQuery(R.exportQuotes) query: QuoteExportQuery, @Headers('accept') accept: string | undefined, @Res() reply: Reply): void {
    const { format, ...filters } = query;
    sendExport(reply, 'quotes', this.exports.quotes(filters), exportFormat(format, accept), QUOTE_COLUMNS);
  }
}
