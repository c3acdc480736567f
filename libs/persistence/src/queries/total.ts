import { DataSource } from 'typeorm';
import { PageTotal, TOTAL_CAP } from '@newsflow/contracts';
import { SqlParams } from './sql-params';

/**
 * SQL counting the rows a `FROM … WHERE …` selects, stopping at cap + 1: a list of 100,000 matches costs
 * what one of 10,001 does, and "more than the cap" is still known.
 */
export function cappedCountSql(fromWhere: string, cap = TOTAL_CAP): string {
  return `SELECT count(*)::int AS n FROM (SELECT 1 ${fromWhere} LIMIT ${cap + 1}) counted`;
}

export function pageTotal(counted: number, cap = TOTAL_CAP): PageTotal {
  return counted > cap ? { total: cap, totalCapped: true } : { total: counted, totalCapped: false };
}

/** The capped total of a list, as its own statement: `build` writes the FROM … WHERE with its own parameters. */
export async function countTotal(db: DataSource, build: (p: SqlParams) => string, cap = TOTAL_CAP): Promise<PageTotal> {
  const p = new SqlParams();
  const sql = cappedCountSql(build(p), cap);
  const [row] = await db.query(sql, p.values);
  return pageTotal(Number(row.n), cap);
}
