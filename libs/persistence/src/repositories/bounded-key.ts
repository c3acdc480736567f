import { createHash } from 'node:crypto';

/** Characters kept whole: at most 4 bytes each in UTF-8, so a key stays far below btree's 2,704-byte row limit. */
export const MAX_KEY_CHARS = 200;

/**
 * A text usable as an index key whatever its length: unchanged up to MAX_KEY_CHARS, else its first
 * characters (prefix searches still find it) and the sha256 of the whole (equal only for equal texts).
 */
export function boundedKey(key: string): string {
  if (key.length <= MAX_KEY_CHARS) return key;
  return `${key.slice(0, MAX_KEY_CHARS)}#${createHash('sha256').update(key).digest('hex')}`;
}
