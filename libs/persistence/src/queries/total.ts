import { DataSource } from 'typeorm';
import { PageTotal, TOTAL_CAP } from '@newsflow/contracts';
import { SqlParams } from './sql-params';

export interface CountOptions {
  cap?: number;
  /**
   * The list's own ORDER BY, for a full-text filter: the count then reads rows the way the page does
   * (the GIN index for a rare word, the date index for a common one), where a bare LIMIT lets the planner
   * prefer a sequential scan that stops early when the word is in most rows (and reads the whole table
   * when that guess is wrong). Other filters count best without it: the articles' date index is on an
   * expression, so walking it reads every row, where the primary key alone is an index-only scan.
   */
  order?: string;
}

/**
 * SQL counting the rows a `FROM … WHERE …` selects, stopping at cap + 1: a list of 100,000 matches costs
 * what one of 10,001 does, and "more than the cap" is still known.
 */
export function cappedCountSql(fromWhere: string, { cap = TOTAL_CAP, order }: CountOptions = {}): string {
  return `SELECT count(*)::int AS n FROM (SELECT 1 ${fromWhere} ${order ? `ORDER BY ${order}` : ''} LIMIT ${cap + 1}) counted`;
}

export function pageTotal(counted: number, cap = TOTAL_CAP): PageTotal {
  return counted > cap ? { total: cap, totalCapped: true } : { total: counted, totalCapped: false };
}

/** The capped total of a list, as its own statement: `build` writes the FROM … WHERE with its own parameters. */
export async function countTotal(db: DataSource, build: (p: SqlParams) => string, options: CountOptions = {}): Promise<PageTotal> {
  const p = new SqlParams();
  const sql = cappedCountSql(build(p), options);
  const [row] = await db.query(sql, p.values);
  return pageTotal(Number(row.n), options.cap);
}
