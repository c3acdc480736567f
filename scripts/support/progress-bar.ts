/** A progress bar with rate and ETA on stderr: redrawn in place on a terminal, a line per 10% otherwise. */
export class ProgressBar {
  private readonly started = Date.now();
  private done = 0;
  private lastDrawn = 0;
  private lastTenth = -1;
  private drawnAt = -1;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(n = 1): void {
    this.done += n;
    const now = Date.now();
    if (this.out.isTTY ? now - this.lastDrawn >= 100 || this.done >= this.total : this.tenth() > this.lastTenth) this.draw(now);
  }

  finish(): void {
    if (this.drawnAt !== this.done) this.draw(Date.now());
    if (this.out.isTTY) this.out.write('\n');
  }

  line(now = Date.now()): string {
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.done / seconds;
    const fraction = this.total === 0 ? 1 : Math.min(1, this.done / this.total);
    const width = 30;
    const filled = Math.round(fraction * width);
    const eta = rate > 0 ? Math.max(0, (this.total - this.done) / rate) : Infinity;
    return `${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${(fraction * 100).toFixed(0)}% ${rate.toFixed(1)}/s ETA ${Number.isFinite(eta) ? `${eta.toFixed(0)} s` : '?'}`;
  }

  private tenth(): number {
    return this.total === 0 ? 10 : Math.floor((this.done / this.total) * 10);
  }

  private draw(now: number): void {
    this.lastDrawn = now;
    this.drawnAt = this.done;
    this.lastTenth = this.tenth();
    this.out.write(this.out.isTTY ? `\r${this.line(now)}` : `${this.line(now)}\n`);
  }
}
