import { MAX_KEY_CHARS, boundedKey } from './bounded-key';

describe('boundedKey', () => {
  it('keeps keys up to the limit as they are', () => {
    const key = 'x'.repeat(MAX_KEY_CHARS);
    expect(boundedKey('alexander lukashenko')).toBe('alexander lukashenko');
    expect(boundedKey(key)).toBe(key);
  });

  it('bounds a long key to its start plus the hash of the whole, so prefixes still match and distinct keys stay distinct', () => {
    const long = 'ab '.repeat(2000);
    const other = `${long}c`;
    expect(Buffer.byteLength(boundedKey(long))).toBeLessThan(300);
    expect(boundedKey(long).startsWith(long.slice(0, MAX_KEY_CHARS))).toBe(true);
    expect(boundedKey(long)).toBe(boundedKey(long));
    expect(boundedKey(long)).not.toBe(boundedKey(other));
  });
});
