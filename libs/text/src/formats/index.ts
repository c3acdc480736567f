import { decodeText } from '../decode';
import { formatOfFileName, extensionOf } from './file-names';
import { parseHtml } from './html';
import { parseJson, parseJsonLines } from './json';
import { fileRejection, type ArticleFormat, type DecodedFile, type ParseLimits, type ParseOutcome } from './outcome';
import { parseMarkdown, parsePlainText } from './plain-text';
import { sizeRejection } from './size-limit';

const PARSERS: Record<ArticleFormat, (file: DecodedFile) => ParseOutcome> = {
  txt: parsePlainText,
  md: parseMarkdown,
  html: parseHtml,
  json: parseJson,
  jsonl: parseJsonLines,
};

/**
 * Whatever landed in the inbox → articles and readable rejections. Pure: the caller reads the file.
 * Order of checks: file type (unknown → ignored), size, emptiness, encoding/binary, then the format.
 */
export function parseInboxFile(fileName: string, bytes: Buffer, limits: ParseLimits): ParseOutcome {
  const format = formatOfFileName(fileName);
  if (format === null) {
    const extension = extensionOf(fileName);
    const reason = extension ? `unsupported file type ".${extension}"` : 'file has no extension, so its type is unknown';
    return { articles: [], rejections: [], ignored: { reason } };
  }
  const tooLarge = sizeRejection(bytes.length, limits);
  if (tooLarge) return { articles: [], rejections: [tooLarge] };
  if (bytes.length === 0) return fileRejection('empty', 'empty file');
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fileRejection(decoded.code, decoded.reason);
  if (decoded.text.trim() === '') return fileRejection('empty', 'file holds only whitespace');
  return PARSERS[format]({ text: decoded.text, encoding: decoded.encoding });
}

export { isTemporaryOrHiddenName, formatOfFileName } from './file-names';
export { sizeRejection, formatByteSize } from './size-limit';
export * from './outcome';
export { datelinePlaceSpans, datelineSpans } from './dateline';
export { localIsoDate, offsetMinutesOf } from './dates';
