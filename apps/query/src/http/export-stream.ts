import { Readable } from 'node:stream';
import { EXPORT_CONTENT_TYPES, ExportFormat } from '@newsflow/contracts';
import { csvLine, csvRows, jsonLines } from '@newsflow/text';

/**
 * The format asked for: the format parameter, else the Accept header (text/csv; application/x-ndjson or
 * application/jsonl), else CSV.
 */
export function exportFormat(format: ExportFormat | undefined, accept: string | undefined): ExportFormat {
  if (format) return format;
  const wanted = (accept ?? '').toLowerCase();
  const csvAt = wanted.indexOf('text/csv');
  const jsonlAt = Math.max(wanted.indexOf('application/x-ndjson'), wanted.indexOf('application/jsonl'));
  if (jsonlAt >= 0 && (csvAt < 0 || jsonlAt < csvAt)) return 'jsonl';
  return 'csv';
}

/**
 * The body of an export: a CSV header then one record a row, or one JSON line a row, written page by page.
 * One page at a time is read ahead (highWaterMark 1), so memory stays at about a page whatever the export's
 * size; destroying the stream (the client went away) ends the page generator, which then reads no more.
 */
export function exportBody<T extends object>(pages: AsyncGenerator<T[]>, format: ExportFormat, columns: ReadonlyArray<keyof T & string>): Readable {
  async function* lines(): AsyncGenerator<string> {
    if (format === 'csv') yield csvLine(columns);
    for await (const rows of pages) yield format === 'csv' ? csvRows(rows, columns) : jsonLines(rows);
  }
  return Readable.from(lines(), { objectMode: true, highWaterMark: 1 });
}

interface ExportReply {
  header(name: string, value: string): ExportReply;
  send(payload: Readable): unknown;
}

/** Sends an export as an attachment named like newsflow-quotes-2024-03-01T10-00-00Z.csv. */
export function sendExport<T extends object>(reply: ExportReply, what: string, pages: AsyncGenerator<T[]>, format: ExportFormat, columns: ReadonlyArray<keyof T & string>): void {
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  reply
    .header('Content-Type', EXPORT_CONTENT_TYPES[format])
    .header('Content-Disposition', `attachment; filename="newsflow-${what}-${stamp}.${format}"`)
    .header('Cache-Control', 'no-store')
    .send(exportBody(pages, format, columns));
}
