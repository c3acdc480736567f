import { DataSource } from 'typeorm';
import { FileLedgerEntry, FileState } from '../entities';

export interface LedgerRecord {
  path: string;
  size: number;
  mtimeMs: number;
  contentHash: string;
  state: FileState;
  reason: string | null;
  duplicateOfPath?: string | null;
  articles?: number;
  rejections?: Array<{ recordIndex: number | null; reason: string; code: string }>;
  /** A published file's article ids, and the stream sequence of its last publish (to tell lost from queued). */
  articleIds?: string[];
  streamSeq?: number | null;
}

/**
 * States under which a file's content counts as sent into the pipeline (its article stored, queued or parked,
 * or retracted: the same content at another path is then a duplicate file, not a new article).
 */
const SENT = `state IN ('published', 'dead-lettered', 'retracted')`;

/** A published file some of whose articles are neither stored nor recorded as dead-lettered. */
export interface UnstoredFile {
  id: string;
  path: string;
  contentHash: string;
  /** Stream sequence of its last publish; null for files published before it was recorded. */
  streamSeq: number | null;
  publishedAt: Date;
  redrives: number;
  missing: string[];
}

export interface ReconciliationCounts {
  checked: number;
  inFlight: number;
  redriven: number;
  gone: number;
  deadLettered: number;
}

export interface KnownFile {
  size: number;
  mtimeMs: number;
  contentHash: string;
}

/** The watcher's ledger: every path seen, with its content hash and final state. */
export class FileLedgerRepository {
  constructor(private readonly db: DataSource) {}

  /** The latest version of every path, to skip unchanged files on a rescan without reading them. */
  async knownFiles(): Promise<Map<string, KnownFile>> {
    const rows: Array<{ path: string; size: string; mtime_ms: string; content_hash: string }> = await this.db.query(
      `SELECT DISTINCT ON (path) path, size, mtime_ms, content_hash FROM file_ledger ORDER BY path, id DESC`,
    );
    return new Map(rows.map((r) => [r.path, { size: Number(r.size), mtimeMs: Number(r.mtime_ms), contentHash: r.content_hash }]));
  }

  /** For each published content hash, the first path it was published under. */
  async publishedPaths(): Promise<Map<string, string>> {
    const rows: Array<{ content_hash: string; path: string }> = await this.db.query(
      `SELECT DISTINCT ON (content_hash) content_hash, path FROM file_ledger WHERE ${SENT} ORDER BY content_hash, id`,
    );
    return new Map(rows.map((r) => [r.content_hash, r.path]));
  }

  async hasEntry(path: string, contentHash: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM file_ledger WHERE path = $1 AND content_hash = $2`, [path, contentHash]);
    return rows.length > 0;
  }

  /** The first path under which this content was published, if any. */
  async publishedPathOf(contentHash: string): Promise<string | null> {
    const rows: Array<{ path: string }> = await this.db.query(
      `SELECT path FROM file_ledger WHERE content_hash = $1 AND ${SENT} ORDER BY id LIMIT 1`,
      [contentHash],
    );
    return rows[0]?.path ?? null;
  }

  /**
   * Records file outcomes in one statement, each once: a second watcher or a restart recording the same
   * version is a no-op. Returns how many were new.
   */
  async recordMany(entries: LedgerRecord[]): Promise<number> {
    if (entries.length === 0) return 0;
    const col = <T>(f: (e: LedgerRecord) => T) => entries.map(f);
    const rows = await this.db.query(
      // Article ids come as array literals: PostgreSQL cannot unnest a ragged array of arrays.
      `INSERT INTO file_ledger (path, size, mtime_ms, content_hash, state, reason, duplicate_of_path, articles, rejections, article_ids, stream_seq)
       SELECT path, size, mtime_ms, content_hash, state, reason, duplicate_of_path, articles, rejections, ids::char(32)[], seq
       FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::jsonb[], $10::text[], $11::bigint[])
         AS u(path, size, mtime_ms, content_hash, state, reason, duplicate_of_path, articles, rejections, ids, seq)
       ON CONFLICT (path_key, content_hash) DO NOTHING RETURNING id`,
      [
        col((e) => e.path),
        col((e) => e.size),
        col((e) => Math.round(e.mtimeMs)),
        col((e) => e.contentHash),
        col((e) => e.state),
        col((e) => e.reason),
        col((e) => e.duplicateOfPath ?? null),
        col((e) => e.articles ?? 0),
        col((e) => JSON.stringify(e.rejections ?? [])),
        col((e) => (e.articleIds ? `{${e.articleIds.join(',')}}` : null)),
        col((e) => e.streamSeq ?? null),
      ],
    );
    return rows.length;
  }

  /** The newest ledger id: rows above it appeared after this call. */
  async newestId(): Promise<string> {
    const rows: Array<{ id: string | null }> = await this.db.query(`SELECT max(id)::text AS id FROM file_ledger`);
    return rows[0]?.id ?? '0';
  }

  /**
   * Published files above `afterId` with an article that is neither stored nor dead-lettered, oldest first.
   * Files published before article ids were recorded, with more than one article, are not known here.
   */
  async unstored(afterId: string, limit: number): Promise<UnstoredFile[]> {
    const rows: Array<{ id: string; path: string; content_hash: string; stream_seq: string | null; updated_at: Date; redrives: number; missing: string[] }> =
      await this.db.query(
        `SELECT f.id::text, f.path, f.content_hash, f.stream_seq, f.updated_at, f.redrives, m.missing
         FROM file_ledger f
         CROSS JOIN LATERAL (
           SELECT array_agg(a.id::text) AS missing FROM unnest(f.article_ids) AS a(id)
           WHERE NOT EXISTS (SELECT 1 FROM articles x WHERE x.id = a.id)
             AND NOT EXISTS (SELECT 1 FROM article_dead_letters d WHERE d.article_id = a.id)) m
         WHERE f.state = 'published' AND f.id > $1::bigint AND f.article_ids IS NOT NULL AND m.missing IS NOT NULL
         ORDER BY f.id LIMIT $2`,
        [afterId, limit],
      );
    return rows.map((r) => ({
      id: r.id,
      path: r.path,
      contentHash: r.content_hash,
      streamSeq: r.stream_seq === null ? null : Number(r.stream_seq),
      publishedAt: new Date(r.updated_at),
      redrives: r.redrives,
      missing: r.missing,
    }));
  }

  /** A file's articles were sent again: its article ids as parsed now, and the new publish's sequence. */
  async redriven(id: string, articleIds: string[], streamSeq: number): Promise<void> {
    await this.db.query(
      `UPDATE file_ledger SET article_ids = $2::char(32)[], stream_seq = $3, redrives = redrives + 1, updated_at = now() WHERE id = $1`,
      [id, articleIds, streamSeq],
    );
  }

  async recordArticleIds(id: string, articleIds: string[]): Promise<void> {
    await this.db.query(`UPDATE file_ledger SET article_ids = $2::char(32)[] WHERE id = $1`, [id, articleIds]);
  }

  /** A published file whose article cannot be sent again (gone, changed, or lost too often) is not published. */
  async unrecoverable(id: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE file_ledger SET state = 'rejected', reason = $2, updated_at = now() WHERE id = $1 AND state = 'published'`, [id, reason]);
  }

  /** Keeps the last 100 reconciliation passes for the pipeline status. */
  async recordReconciliation(c: ReconciliationCounts): Promise<void> {
    await this.db.query(
      `WITH added AS (INSERT INTO reconciliations (checked, in_flight, redriven, gone, dead_lettered) VALUES ($1, $2, $3, $4, $5) RETURNING id)
       DELETE FROM reconciliations WHERE id <= (SELECT id FROM added) - 100`,
      [c.checked, c.inFlight, c.redriven, c.gone, c.deadLettered],
    );
  }

  async list(filter: { state?: FileState; path?: string; limit: number; afterId?: string }): Promise<FileLedgerEntry[]> {
    const qb = this.db.getRepository(FileLedgerEntry).createQueryBuilder('f').orderBy('f.id', 'DESC').limit(filter.limit);
    if (filter.state) qb.andWhere('f.state = :state', { state: filter.state });
    if (filter.path) qb.andWhere('f.path = :path', { path: filter.path });
    if (filter.afterId) qb.andWhere('f.id < :afterId', { afterId: filter.afterId });
    return qb.getMany();
  }

  async countsByState(): Promise<Record<string, number>> {
    const rows: Array<{ state: string; n: string }> = await this.db.query(`SELECT state, count(*) AS n FROM file_ledger GROUP BY state`);
    return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
  }
}
