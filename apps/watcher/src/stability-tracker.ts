export interface FileObservation {
  size: number;
  mtimeMs: number;
}

/**
 * A file is read only once its size and mtime have held still for the stability window, so a copy in
 * progress is never read half-way. Pure: the caller supplies observations and the clock.
 */
export class StabilityTracker {
  private readonly seen = new Map<string, FileObservation & { since: number }>();

  constructor(readonly windowMs: number) {}

  /** True when the file may be read now; otherwise look again after the window. */
  observe(path: string, current: FileObservation, now: number): boolean {
    const previous = this.seen.get(path);
    if (previous && previous.size === current.size && previous.mtimeMs === current.mtimeMs) {
      return now - Math.max(previous.since, current.mtimeMs) >= this.windowMs || now - current.mtimeMs >= this.windowMs;
    }
    this.seen.set(path, { ...current, since: now });
    // First sighting (or it changed): a file untouched for the whole window by its mtime is settled.
    return now - current.mtimeMs >= this.windowMs && previous === undefined;
  }

  forget(path: string): void {
    this.seen.delete(path);
  }
}
