/** Collects bind values so query text only ever holds placeholders ($1, $2, ...). */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A LIKE/ILIKE pattern matching the text anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

export function where(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/**
 * An article's source equals the parameter (case-insensitively), by the index on its first 200 characters
 * (see migration BoundedIndexKeys) with the whole name rechecked.
 */
export function sourceIs(column: string, param: string): string {
  return `left(lower(${column}), 200) = left(lower(${param}), 200) AND lower(${column}) = lower(${param})`;
}
