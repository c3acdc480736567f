import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const names = new Map<string, string>();

function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `nf_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * Runs a read as a named prepared statement, so each pooled connection plans it once instead of on every
 * call: planning the detail pages' multi-join statements costs several times more than running them.
 * Only for statements whose plan suits every value (id lookups): PostgreSQL may switch to a generic plan
 * after a few executions. A stand-in DataSource (the query-plan tests' recorder) gets a plain query.
 */
export async function preparedQuery<T>(db: DataSource, sql: string, values: unknown[]): Promise<T[]> {
  if (!(db.driver instanceof PostgresDriver)) return db.query(sql, values);
  const pool = db.driver.master as Pool;
  const result = await pool.query({ name: statementName(sql), text: sql, values });
  return result.rows as T[];
}
