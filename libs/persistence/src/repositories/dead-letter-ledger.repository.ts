import { DataSource, EntityManager } from 'typeorm';

export interface ParkedArticle {
  articleId: string;
  stage: string;
  /** The file's content hash when the parked message carries it (`received`); else read from the article. */
  fileHash: string | null;
  reason: string;
  deadLetterId: string | null;
}

type Db = DataSource | EntityManager;
type HashRow = { file_hash: string | null };

/** TypeORM answers an UPDATE or DELETE with [returned rows, affected count]. */
function returnedRows<T>(result: [T[], number]): T[] {
  return result[0];
}

/** A file is dead-lettered while one of its articles is; afterwards it is published again (stored or in flight). */
const RESTORE = `UPDATE file_ledger f SET state = 'published', updated_at = now()
  WHERE f.state = 'dead-lettered' AND f.content_hash = ANY($1::char(64)[])
    AND NOT EXISTS (SELECT 1 FROM article_dead_letters d WHERE d.file_hash = f.content_hash)`;

/**
 * Dead-lettered articles against the files they came from: the ledger row of such a file says
 * `dead-lettered` (with the reasons here), never "published" while its article is parked.
 */
export class DeadLetterLedgerRepository {
  constructor(private readonly db: DataSource) {}

  /** Records a parked article and marks its file. */
  async record(letter: ParkedArticle, db: Db = this.db): Promise<void> {
    await db.query(
      `WITH parked AS (
         INSERT INTO article_dead_letters (article_id, stage, file_hash, reason, dead_letter_id)
         VALUES ($1, $2, coalesce($3, (SELECT file_hash FROM articles WHERE id = $1)), $4, $5)
         ON CONFLICT (article_id, stage) DO UPDATE SET reason = excluded.reason, dead_letter_id = excluded.dead_letter_id,
           dead_lettered_at = now(), file_hash = coalesce(excluded.file_hash, article_dead_letters.file_hash)
         RETURNING file_hash)
       UPDATE file_ledger SET state = 'dead-lettered', updated_at = now()
       WHERE content_hash IN (SELECT file_hash FROM parked) AND state = 'published'`,
      [letter.articleId, letter.stage, letter.fileHash, letter.reason, letter.deadLetterId],
    );
  }

  /** Marks published files whose article was parked before their ledger row was written. */
  async markParkedFiles(): Promise<number> {
    const rows = returnedRows<{ id: string }>(
      await this.db.query(
        `UPDATE file_ledger f SET state = 'dead-lettered', updated_at = now()
         FROM (SELECT DISTINCT file_hash FROM article_dead_letters WHERE file_hash IS NOT NULL) d
         WHERE f.content_hash = d.file_hash AND f.state = 'published' RETURNING f.id`,
      ),
    );
    return rows.length;
  }

  /** A replayed dead letter is in flight again: its file is published until it fails again. */
  readonly replayed = async ({ articleId, stage }: { articleId: string | null; stage: string }): Promise<void> => {
    if (!articleId) return;
    await this.db.transaction(async (tx) => {
      const gone = returnedRows<HashRow>(
        await tx.query(`DELETE FROM article_dead_letters WHERE article_id = $1 AND stage = $2 RETURNING file_hash`, [articleId, stage]),
      );
      await this.restore(tx, gone);
    });
  };

  /** Dead letters whose stage has since done its article (replayed, redelivered or reprocessed): cleared. */
  async clearCompleted(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const gone = returnedRows<HashRow>(
        await tx.query(
          `DELETE FROM article_dead_letters d USING article_stages s
           WHERE s.article_id = d.article_id AND s.stage = d.stage AND s.status = 'done' AND s.updated_at >= d.dead_lettered_at
           RETURNING d.file_hash`,
        ),
      );
      await this.restore(tx, gone);
      return gone.length;
    });
  }

  /** Of these article ids, the ones recorded as dead-lettered. */
  async parked(articleIds: readonly string[]): Promise<Set<string>> {
    if (articleIds.length === 0) return new Set();
    const rows: Array<{ article_id: string }> = await this.db.query(
      `SELECT DISTINCT article_id FROM article_dead_letters WHERE article_id = ANY($1::char(32)[])`,
      [articleIds],
    );
    return new Set(rows.map((r) => r.article_id));
  }

  private async restore(tx: EntityManager, gone: HashRow[]): Promise<void> {
    const hashes = [...new Set(gone.map((g) => g.file_hash).filter((h): h is string => h !== null))];
    if (hashes.length) await tx.query(RESTORE, [hashes]);
  }
}
