import { Logger } from 'pino';
import { DeadLetterStore, ReceivedProgress, readReceivedProgress } from '@newsflow/messaging';
import { DeadLetterLedgerRepository, FileLedgerRepository, ReconciliationCounts, UnstoredFile } from '@newsflow/persistence';
import { JetStreamManager } from 'nats';
import { FileIngestor } from './file-ingestor';

/** Unstored files looked at per pass; the rest wait for the next one. */
const PER_PASS = 5000;
/** Files sent again at once. */
const REDRIVE_CONCURRENCY = 8;
/** After this many re-sends a file whose article never arrives is given up, with the reason. */
export const MAX_REDRIVES = 5;
/** Dead letters read from the stream to find parked articles the database missed (its write is best effort). */
const DEAD_LETTERS_SCANNED = 1000;

/**
 * Whether a published file's article may still be on its way: its last publish is in this stream and the
 * first stage has not settled it yet. A file published before its sequence was recorded is in flight while
 * anything is.
 */
export function mayBeInFlight(file: Pick<UnstoredFile, 'streamSeq' | 'publishedAt'>, progress: ReceivedProgress): boolean {
  if (file.streamSeq === null) return progress.unsettled > 0;
  const inThisStream = file.publishedAt >= progress.streamCreated && file.streamSeq <= progress.lastSeq;
  return inThisStream && file.streamSeq > progress.ackFloor;
}

/**
 * "Published means stored": finds published files whose articles never reached the database (not stored,
 * not dead-lettered, no longer in the stream's unsettled part) and sends them again; a file that can no
 * longer be sent is recorded as rejected with the reason. Also moves the ledger after dead letters: files
 * of parked articles say dead-lettered, and those whose stage has since completed are published again.
 */
export class Reconciler {
  /** Every published file at or below this ledger id had all its articles stored or dead-lettered. */
  private settledUpTo = '0';

  constructor(
    private readonly ledger: FileLedgerRepository,
    private readonly parked: DeadLetterLedgerRepository,
    private readonly ingestor: FileIngestor,
    private readonly jsm: JetStreamManager,
    private readonly deadLetters: DeadLetterStore,
    private readonly streamName: string,
    private readonly log: Logger,
  ) {}

  async pass(): Promise<ReconciliationCounts & { cleared: number }> {
    const cleared = await this.parked.clearCompleted();
    const deadLettered = await this.parked.markParkedFiles();
    // Read the stream's progress before the database: anything settled by then is visible in the query.
    const progress = await readReceivedProgress(this.jsm, this.streamName);
    if (!progress) {
      this.log.debug('reconciliation waits: the dedupe stage has not read the stream yet');
      return { checked: 0, inFlight: 0, redriven: 0, gone: 0, deadLettered, cleared };
    }
    const newest = await this.ledger.newestId();
    const unstored = await this.ledger.unstored(this.settledUpTo, PER_PASS);
    const counts = { checked: unstored.length, inFlight: 0, redriven: 0, gone: 0, deadLettered, cleared };
    const lost = unstored.filter((f) => !mayBeInFlight(f, progress));
    counts.inFlight = unstored.length - lost.length;
    const foundParked = await this.parkedInStream(lost);
    counts.deadLettered += foundParked.size;
    // File ids settled for good: all their missing articles parked, or given up with the reason.
    const resolved = new Set(lost.filter((f) => f.missing.every((id) => foundParked.has(id))).map((f) => f.id));
    const toSend = lost.filter((f) => !resolved.has(f.id)).map((f) => ({ ...f, missing: f.missing.filter((id) => !foundParked.has(id)) }));
    for (let i = 0; i < toSend.length; i += REDRIVE_CONCURRENCY) {
      await Promise.all(toSend.slice(i, i + REDRIVE_CONCURRENCY).map(async (f) => (await this.resend(f, counts)) && resolved.add(f.id)));
    }
    // Files still open (queued, or sent again and not yet stored) are looked at again next time.
    const firstOpen = unstored.find((f) => !resolved.has(f.id));
    if (firstOpen) this.settledUpTo = (BigInt(firstOpen.id) - 1n).toString();
    else this.settledUpTo = unstored.length < PER_PASS ? newest : unstored[unstored.length - 1].id;
    await this.ledger.recordReconciliation(counts);
    if (counts.redriven || counts.gone || counts.deadLettered || cleared) this.log.warn(counts, 'reconciled the ledger with the database');
    else this.log.debug(counts, 'reconciled the ledger with the database');
    return counts;
  }

  /** Sends a lost file again; true when the file is settled for good (given up with its reason). */
  private async resend(file: UnstoredFile, counts: ReconciliationCounts): Promise<boolean> {
    if (file.redrives >= MAX_REDRIVES) {
      await this.ledger.unrecoverable(file.id, `its article never reached the database, even after ${file.redrives} re-sends`);
      counts.gone++;
      return true;
    }
    const result = await this.ingestor.redrive(file);
    if (result === 'redriven') counts.redriven++;
    if (result === 'redriven' || result === 'later') return false;
    const why = result === 'gone' ? 'the file is no longer in the inbox' : 'the file has changed since';
    await this.ledger.unrecoverable(file.id, `its article never reached the database, and ${why}, so it cannot be sent again`);
    counts.gone++;
    return true;
  }

  /** Lost articles that are in fact parked in the dead-letter stream (recorded now, so their files say so). */
  private async parkedInStream(lost: UnstoredFile[]): Promise<Set<string>> {
    const wanted = new Set(lost.flatMap((f) => f.missing));
    const found = new Set<string>();
    if (wanted.size === 0) return found;
    const letters = await this.deadLetters.list(DEAD_LETTERS_SCANNED).catch(() => []);
    const fileOf = new Map(lost.flatMap((f) => f.missing.map((id) => [id, f.contentHash] as const)));
    for (const l of letters) {
      if (!l.articleId || !wanted.has(l.articleId)) continue;
      await this.parked.record({ articleId: l.articleId, stage: l.stage, fileHash: fileOf.get(l.articleId) ?? null, reason: l.reason, deadLetterId: l.id });
      found.add(l.articleId);
    }
    return found;
  }
}
