import { createHash } from 'node:crypto';
import { types, type CustomTypesConfig, type Pool } from 'pg';
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

const TIMESTAMPTZ_OID = 1184;
const asText = (value: string) => value;
/** Column parsers as pg's defaults, except that timestamptz stays text (see iso() in row-mappers). */
const TIMESTAMPS_AS_TEXT: CustomTypesConfig = {
  getTypeParser: (oid, format) => (oid === TIMESTAMPTZ_OID ? asText : types.getTypeParser(oid, format)),
};

export interface PoolQueryOptions {
  /** Leave timestamptz columns as PostgreSQL's text instead of Dates, for rows whose dates only go through iso(). */
  timestampsAsText?: boolean;
}

/**
 * Runs a read on the pg pool under TypeORM, which costs less Node CPU per call than DataSource.query (no
 * query runner, no logging hooks). A stand-in DataSource (the query-plan tests' recorder) gets a plain query.
 */
export async function poolQuery<T>(db: DataSource, sql: string, values: unknown[], options: PoolQueryOptions & { name?: string } = {}): Promise<T[]> {
  if (!(db.driver instanceof PostgresDriver)) return db.query(sql, values);
  const pool = db.driver.master as Pool;
  const result = await pool.query({ name: options.name, text: sql, values, types: options.timestampsAsText ? TIMESTAMPS_AS_TEXT : undefined });
  return result.rows as T[];
}

/**
 * Runs a read as a named prepared statement, so each pooled connection plans it once instead of on every
 * call: planning the detail pages' multi-join statements costs several times more than running them.
 * Only for statements whose plan suits every value (id lookups): PostgreSQL may switch to a generic plan
 * after a few executions.
 */
export function preparedQuery<T>(db: DataSource, sql: string, values: unknown[], options: PoolQueryOptions = {}): Promise<T[]> {
  return poolQuery<T>(db, sql, values, { ...options, name: statementName(sql) });
}
