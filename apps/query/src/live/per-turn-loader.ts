/**
 * Loads by key, gathering the keys asked for within one event-loop turn into one call of `loadMany`:
 * articles that complete together cost one query for all of them.
 */
export function perTurnLoader<V>(loadMany: (keys: string[]) => Promise<Map<string, V>>): (key: string) => Promise<V | undefined> {
  let waiting: Map<string, Array<{ resolve: (v: V | undefined) => void; reject: (e: unknown) => void }>> | null = null;
  const flush = async (batch: NonNullable<typeof waiting>) => {
    try {
      const found = await loadMany([...batch.keys()]);
      for (const [key, callers] of batch) for (const c of callers) c.resolve(found.get(key));
    } catch (error) {
      for (const callers of batch.values()) for (const c of callers) c.reject(error);
    }
  };
  return (key) =>
    new Promise((resolve, reject) => {
      if (!waiting) {
        const batch = (waiting = new Map());
        setImmediate(() => {
          waiting = null;
          void flush(batch);
        });
      }
      const callers = waiting.get(key) ?? [];
      callers.push({ resolve, reject });
      waiting.set(key, callers);
    });
}
