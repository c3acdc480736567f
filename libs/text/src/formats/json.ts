import { jsonRecordToArticle } from './json-record';
import type { DecodedFile, ParsedArticle, ParseOutcome, Rejection } from './outcome';
import { fileRejection } from './outcome';

/** "… at position 17" in V8's messages becomes "… at position 17 (line 2, column 5)". */
function withLineAndColumn(message: string, text: string): string {
  const position = /at position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

function parseJsonValue(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // Deep nesting can overflow the parser's stack: that is a malformed file too, not a crash.
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function collect(
  records: { value: unknown; recordIndex: number; label: string }[],
  format: 'json' | 'jsonl',
  encoding: string,
): ParseOutcome {
  const articles: ParsedArticle[] = [];
  const rejections: Rejection[] = [];
  for (const { value, recordIndex, label } of records) {
    const result = jsonRecordToArticle(value, recordIndex, format, encoding);
    if (result.ok) articles.push(result.article);
    else rejections.push({ recordIndex, code: 'invalid-record', reason: `${label}${result.reason}` });
  }
  return { articles, rejections };
}

/** A .json file: one article object, or an array of them (recordIndex = the 0-based array index). */
export function parseJson(file: DecodedFile): ParseOutcome {
  const parsed = parseJsonValue(file.text);
  if (!parsed.ok) return fileRejection('malformed-json', `malformed JSON: ${withLineAndColumn(parsed.message, file.text)}`);
  if (!Array.isArray(parsed.value)) return collect([{ value: parsed.value, recordIndex: 0, label: '' }], 'json', file.encoding);
  if (parsed.value.length === 0) return fileRejection('empty', 'JSON array holds no articles');
  const records = parsed.value.map((value, index) => ({ value, recordIndex: index, label: `index ${index}: ` }));
  return collect(records, 'json', file.encoding);
}

/** A .jsonl file: one article per line (recordIndex = the 1-based line number); blank lines are skipped. */
export function parseJsonLines(file: DecodedFile): ParseOutcome {
  const articles: ParsedArticle[] = [];
  const rejections: Rejection[] = [];
  const lines = file.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const lineNumber = i + 1;
    const parsed = parseJsonValue(line);
    if (!parsed.ok) {
      rejections.push({ recordIndex: lineNumber, code: 'malformed-json', reason: `line ${lineNumber}: malformed JSON: ${parsed.message}` });
      continue;
    }
    const outcome = collect([{ value: parsed.value, recordIndex: lineNumber, label: `line ${lineNumber}: ` }], 'jsonl', file.encoding);
    articles.push(...outcome.articles);
    rejections.push(...outcome.rejections);
  }
  if (articles.length === 0 && rejections.length === 0) return fileRejection('empty', 'JSON Lines file holds no records');
  return { articles, rejections };
}
