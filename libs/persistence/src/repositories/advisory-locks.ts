import { EntityManager } from 'typeorm';

/** A signed 64-bit lock key from the first 16 hex digits of a hash. */
export function lockKeyFromHex(hex: string): string {
  return BigInt.asIntN(64, BigInt(`0x${hex.slice(0, 16)}`)).toString();
}

/**
 * A lock key for a 32-bit hash (8 hex digits) in a namespace of its own: the namespace fills the high 32
 * bits, so these keys never meet the hash-derived keys of another namespace and need no hashing.
 */
export function lockKeyIn(namespace: number, hex8: string): string {
  return BigInt.asIntN(64, (BigInt(namespace >>> 0) << 32n) | BigInt(`0x${hex8}`)).toString();
}

/**
 * Takes transaction-scoped advisory locks in ascending order, so that two transactions wanting
 * overlapping keys queue instead of deadlocking.
 */
export async function lockKeys(tx: EntityManager, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  const unique = [...new Set(keys)];
  await tx.query(`SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k ORDER BY k`, [unique]);
}
