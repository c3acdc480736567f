import { Page, PageTotal } from '@newsflow/contracts';

/** A cursor that did not come from this API (or from another sort order): the client's mistake. */
export class InvalidCursorError extends Error {
  constructor() {
    super('The cursor is not valid for this query: pass the nextCursor of the previous page unchanged');
  }
}

export type CursorKey = Array<string | number>;

/** Keyset cursors are opaque to clients: the last row's sort key plus the sort it belongs to. */
export function encodeCursor(sort: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([sort, ...key]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, sort: string, types: Array<'string' | 'number'>): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parsed) || parsed[0] !== sort || parsed.length !== types.length + 1) throw new InvalidCursorError();
  const key = parsed.slice(1);
  if (key.some((v, i) => typeof v !== types[i] || (typeof v === 'string' && v.length > 200))) throw new InvalidCursorError();
  return key as CursorKey;
}

/** Queries fetch limit + 1 rows: the extra row only says whether another page exists. */
export function toPage<R, T>(rows: R[], limit: number, map: (row: R) => T, keyOf: (row: R) => string, total: PageTotal): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  return { items: shown.map(map), nextCursor: more ? keyOf(shown[shown.length - 1]) : null, ...total };
}
