import { LOCK_NAMESPACES, LOCK_STRIPES, stripeLockKeys } from './advisory-locks';

describe('stripeLockKeys', () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `key-${i}`);

  it('bounds the locks of any batch by the stripe count, sorted so that transactions take them in one order', () => {
    const locks = stripeLockKeys(LOCK_NAMESPACES.entities, keys);
    expect(locks).toHaveLength(LOCK_STRIPES);
    const values = locks.map(BigInt);
    expect([...values].sort((a, b) => (a < b ? -1 : 1))).toEqual(values);
  });

  it('gives overlapping key sets a common lock, and the same key the same lock in every call', () => {
    const a = stripeLockKeys(LOCK_NAMESPACES.quotes, ['alpha', 'beta']);
    const b = stripeLockKeys(LOCK_NAMESPACES.quotes, ['gamma', 'beta']);
    expect(a.some((k) => b.includes(k))).toBe(true);
    expect(stripeLockKeys(LOCK_NAMESPACES.quotes, ['beta'])).toEqual(stripeLockKeys(LOCK_NAMESPACES.quotes, ['beta', 'beta']));
  });

  it('keeps the stages apart: the same key locks different stripes in different namespaces', () => {
    const [dedupe] = stripeLockKeys(LOCK_NAMESPACES.dedupe, ['shared']);
    const [quotes] = stripeLockKeys(LOCK_NAMESPACES.quotes, ['shared']);
    expect(dedupe).not.toBe(quotes);
    expect(BigInt(dedupe) >> 32n).toBe(BigInt(LOCK_NAMESPACES.dedupe));
  });
});
