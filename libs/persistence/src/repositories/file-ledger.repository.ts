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
      `SELECT DISTINCT ON (content_hash) content_hash, path FROM file_ledger WHERE state = 'published' ORDER BY content_hash, id`,
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
      `SELECT path FROM file_ledger WHERE content_hash = $1 AND state = 'published' ORDER BY id LIMIT 1`,
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
      `INSERT INTO file_ledger (path, size, mtime_ms, content_hash, state, reason, duplicate_of_path, articles, rejections)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::jsonb[])
       ON CONFLICT (path, content_hash) DO NOTHING RETURNING id`,
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
      ],
    );
    return rows.length;
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
