export interface FileObservation {
  size: number;
  mtimeMs: number;
}

/**
 * A file is read only once its size and mtime have held still for the stability window, so a copy in
 * progress is never read half-way. Pure: the caller supplies observations and the clock.
 */
export class StabilityTracker {
  private readonly seen = new Map<string, FileObservation>();

  constructor(readonly windowMs: number) {}

  /**
   * Milliseconds until the file may be read if nothing changes meanwhile (0: now). A file is settled a
   * window after its mtime; one that changed since we last looked waits a window from now, as a
   * copy that keeps its source's old mtime would otherwise be read half-way. The caller looks again exactly
   * then: a fixed window counted from a sighting just before the file's last write came back a moment
   * early and waited a second window (drop→stored p99 was twice the window).
   */
  observe(path: string, current: FileObservation, now: number): number {
    const previous = this.seen.get(path);
    const changed = previous !== undefined && (previous.size !== current.size || previous.mtimeMs !== current.mtimeMs);
    this.seen.set(path, current);
    // Never more than a window: an mtime in the future (a skewed clock) is looked at again every window, as before.
    const byMtime = Math.min(this.windowMs, Math.max(0, Math.ceil(current.mtimeMs + this.windowMs - now)));
    return changed ? this.windowMs : byMtime;
  }

  forget(path: string): void {
    this.seen.delete(path);
  }
}
