import { DataSource } from 'typeorm';
import { FileListQuery, LedgerEntry, Page } from '@newsflow/contracts';
import { decodeCursor, encodeCursor, toPage } from './cursor';
import { LEDGER_COLUMNS, LedgerRow, toLedgerEntry } from './row-mappers';
import { SqlParams, containsPattern, where } from './sql-params';
import { countTotal } from './total';

type FileList = Omit<FileListQuery, 'limit'> & { limit: number };

/** The file ledger, newest entry first. */
export class LedgerQueries {
  constructor(private readonly db: DataSource) {}

  async list(query: FileList): Promise<Page<LedgerEntry>> {
    const p = new SqlParams();
    const conditions = fileConditions(p, query);
    if (query.cursor) conditions.push(`f.id < ${p.add(decodeCursor(query.cursor, 'file', ['string'])[0])}::bigint`);
    const [rows, total] = await Promise.all([
      this.db.query(`SELECT ${LEDGER_COLUMNS} FROM file_ledger f ${where(conditions)} ORDER BY f.id DESC LIMIT ${p.add(query.limit + 1)}`, p.values) as Promise<LedgerRow[]>,
      countTotal(this.db, (c) => `FROM file_ledger f ${where(fileConditions(c, query))}`),
    ]);
    return toPage(rows, query.limit, toLedgerEntry, (r) => encodeCursor('file', [String(r.id)]), total);
  }
}

function fileConditions(p: SqlParams, query: FileList): string[] {
  const conditions: string[] = [];
  if (query.state) conditions.push(`f.state = ${p.add(query.state)}`);
  if (query.path) conditions.push(`f.path ILIKE ${p.add(containsPattern(query.path))}`);
  return conditions;
}
