/** A cell value of an exported row. */
export type Cell = string | number | boolean | null | undefined;

/** Characters a spreadsheet reads as the start of a formula (OWASP's CSV injection list, with tab and CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, with quotes doubled. Text that
 * a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe; numbers are left alone.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF line end (RFC 4180). */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Rows of objects as CSV records, cells in the order of `columns`. */
export function csvRows<T extends object>(rows: readonly T[], columns: ReadonlyArray<keyof T & string>): string {
  let out = '';
  for (const row of rows) out += csvLine(columns.map((c) => row[c] as Cell));
  return out;
}

/** Rows as JSON Lines: one JSON object a line, each ending in \n (JSON escapes any line break inside). */
export function jsonLines(rows: readonly object[]): string {
  let out = '';
  for (const row of rows) out += `${JSON.stringify(row)}\n`;
  return out;
}
