/** Lock stripes per namespace: the most advisory locks one transaction takes in it. */
export const LOCK_STRIPES = 64;

/** The namespaces of the stages' advisory locks (four ASCII letters each). */
export const LOCK_NAMESPACES = { dedupe: 0x64647570, entities: 0x656e7469, quotes: 0x71756f74 } as const;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The advisory lock keys that guard `keys` in a namespace: one of LOCK_STRIPES stripes per key. Two
 * transactions whose keys overlap share a stripe and so queue on each other, as one lock per key would;
 * but a batch of articles has thousands of keys, and one lock each exhausted PostgreSQL's shared lock
 * table ("out of shared memory", max_locks_per_transaction × max_connections slots in all).
 */
export function stripeLockKeys(namespace: number, keys: Iterable<string>): string[] {
  const stripes = new Set<number>();
  for (const k of keys) stripes.add(fnv1a(k) % LOCK_STRIPES);
  return [...stripes].sort((a, b) => a - b).map((s) => ((BigInt(namespace >>> 0) << 32n) | BigInt(s)).toString());
}
