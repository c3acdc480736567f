import type { ArticleFormat } from './outcome';

/** Suffixes browsers, editors and copy tools give files they are still writing. */
const TEMPORARY_SUFFIXES = ['.tmp', '.temp', '.part', '.partial', '.crdownload', '.download', '.filepart', '.swp', '.swo', '.swx', '~'];

/**
 * True for paths the watcher must not read yet or ever: any hidden segment (".git/…", ".~lock…"),
 * temporary names of downloads and editors, Office lock files ("~$…") and Emacs autosaves ("#…#").
 * Accepts "/" and "\" separators.
 */
export function isTemporaryOrHiddenName(relativePath: string): boolean {
  const segments = relativePath.split(/[\\/]/).filter((s) => s !== '' && s !== '.' && s !== '..');
  if (segments.some((s) => s.startsWith('.'))) return true;
  const baseName = (segments[segments.length - 1] ?? '').toLowerCase();
  if (baseName === '') return false;
  if (baseName.startsWith('~$')) return true;
  if (baseName.startsWith('#') && baseName.endsWith('#')) return true;
  return TEMPORARY_SUFFIXES.some((suffix) => baseName.endsWith(suffix));
}

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** The lower-cased extension of a path's last segment ("" when it has none). */
export function extensionOf(fileName: string): string {
  const baseName = fileName.split(/[\\/]/).pop() ?? '';
  const dot = baseName.lastIndexOf('.');
  return dot > 0 ? baseName.slice(dot + 1).toLowerCase() : '';
}

export function formatOfFileName(fileName: string): ArticleFormat | null {
  return Object.hasOwn(FORMAT_BY_EXTENSION, extensionOf(fileName)) ? FORMAT_BY_EXTENSION[extensionOf(fileName)] : null;
}
