import { FileLedgerRepository, LedgerRecord } from '@newsflow/persistence';

const MAX_BATCH = 500;

/**
 * Groups ledger writes that arrive together into one INSERT. Each caller still waits for its own
 * row to be written, so "recorded only after the publish is acked" holds per file.
 */
export class LedgerBatcher {
  private pending: Array<{ record: LedgerRecord; done: (error?: unknown) => void }> = [];
  private scheduled = false;

  constructor(private readonly ledger: FileLedgerRepository) {}

  record(record: LedgerRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ record, done: (error) => (error ? reject(error) : resolve()) });
      if (this.pending.length >= MAX_BATCH) void this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.pending.splice(0, MAX_BATCH);
    if (batch.length === 0) return;
    try {
      await this.ledger.recordMany(batch.map((b) => b.record));
      for (const b of batch) b.done();
    } catch (error) {
      for (const b of batch) b.done(error);
    }
  }
}
