import { DataSource } from 'typeorm';
import { FILE_ARTICLES_SHOWN, FileArticles } from '@newsflow/contracts';
import { articleDates } from './row-mappers';

interface Row {
  file_id: string;
  original_id: string | null;
  article_count: string;
  id: string | null;
  title: string | null;
  source: string | null;
  published_at: Date | null;
  published_offset_minutes: number | null;
  received_at: Date;
  record_index: number;
  lead: string;
}

/**
 * The stored articles of ledger entries, found by the ids the watcher recorded for each file (primary-key
 * lookups). A duplicate file has none of its own: it shows the articles of the first file with its content.
 */
export class FileArticleQueries {
  constructor(private readonly db: DataSource) {}

  async forFiles(fileIds: readonly string[]): Promise<FileArticles> {
    const rows: Row[] = await this.db.query(
      `WITH src AS (
         SELECT f.id AS file_id, o.id AS original_id, CASE WHEN f.state = 'duplicate-file' THEN o.article_ids ELSE f.article_ids END AS article_ids
         FROM file_ledger f
         LEFT JOIN LATERAL (SELECT o.id, o.article_ids FROM file_ledger o
                            WHERE f.state = 'duplicate-file' AND o.content_hash = f.content_hash AND o.state <> 'duplicate-file'
                            ORDER BY o.id LIMIT 1) o ON true
         WHERE f.id = ANY($1::bigint[]))
       SELECT src.file_id, src.original_id, (SELECT count(*) FROM articles a WHERE a.id = ANY(src.article_ids)) AS article_count, x.*
       FROM src LEFT JOIN LATERAL (
         SELECT a.id, a.title, a.source, a.published_at, a.published_offset_minutes, a.received_at, a.record_index, left(a.body, 160) AS lead
         FROM articles a WHERE a.id = ANY(src.article_ids) ORDER BY a.record_index LIMIT $2) x ON true
       ORDER BY src.file_id DESC, x.record_index`,
      [fileIds, FILE_ARTICLES_SHOWN],
    );
    const items = new Map<string, FileArticles['items'][number]>();
    for (const r of rows) {
      const fileId = String(r.file_id);
      const item = items.get(fileId) ?? { fileId, originalFileId: r.original_id === null ? null : String(r.original_id), articleCount: Number(r.article_count), articles: [] };
      items.set(fileId, item);
      if (r.id === null) continue;
      const { date, dateKind } = articleDates(r.published_at, r.published_offset_minutes, r.received_at);
      item.articles.push({ id: r.id, title: r.title, source: r.source, date, dateKind, recordIndex: r.record_index, lead: r.lead });
    }
    return { items: [...items.values()] };
  }
}
