/**
 * A pure string function with a bounded cache: names recur within and across articles, so their keys,
 * initials and shapes are computed once. The cache empties when full, which keeps memory bounded on
 * unbounded streams without the bookkeeping of an LRU.
 */
export function memoize<T>(fn: (name: string) => T, limit = 50_000): (name: string) => T {
  const cache = new Map<string, T>();
  return (name: string): T => {
    let value = cache.get(name);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = fn(name);
      cache.set(name, value);
    }
    return value;
  };
}
