/**
 * Admission for files in flight: at most `size` at once and at most `byteBudget` bytes between them, so
 * many small files go in parallel while a few large ones cannot together exhaust the capped heap. A file
 * larger than the whole budget still goes, alone. Waiters are served in arrival order.
 */
export class Slots {
  private used = 0;
  private bytes = 0;
  private readonly waiting: Array<{ weight: number; admit: () => void }> = [];

  constructor(
    private readonly size: number,
    private readonly byteBudget = Number.POSITIVE_INFINITY,
  ) {}

  async acquire(weight = 0): Promise<void> {
    if (this.waiting.length === 0 && this.fits(weight)) {
      this.take(weight);
      return;
    }
    await new Promise<void>((admit) => this.waiting.push({ weight, admit }));
  }

  release(weight = 0): void {
    this.used--;
    this.bytes -= weight;
    while (this.waiting.length > 0 && this.fits(this.waiting[0].weight)) {
      const next = this.waiting.shift()!;
      this.take(next.weight);
      next.admit();
    }
  }

  private fits(weight: number): boolean {
    return this.used < this.size && (this.used === 0 || this.bytes + weight <= this.byteBudget);
  }

  private take(weight: number): void {
    this.used++;
    this.bytes += weight;
  }
}
