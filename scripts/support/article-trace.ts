import { isAbsolute, relative, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { articleIdFor } from '../../apps/watcher/src/file-ingestor';

export interface LedgerRow {
  path: string;
  content_hash: string;
  state: string;
  reason: string | null;
  articles: number;
  rejections: Array<{ recordIndex: number | null; code: string; reason: string }>;
  first_seen_at: Date;
  updated_at: Date;
}

export interface ArticleRow {
  id: string;
  path: string;
  file_hash: string;
  record_index: number;
  title: string | null;
  state: string;
  duplicate_of: string | null;
  similarity: number | null;
  duplicate_kind: string | null;
  dropped_at: Date;
  received_at: Date;
  completed_at: Date | null;
  mentions: string;
  quotes: string;
}

export interface StageRow {
  stage: string;
  status: string;
  version: string;
  error: string | null;
  updated_at: Date;
}

export interface ArticleJourney {
  article: ArticleRow;
  stages: StageRow[];
}

export interface Trace {
  query: string;
  ledger: LedgerRow[];
  articles: ArticleJourney[];
}

const ARTICLE_ID = /^[0-9a-f]{32}$/;

/** One article's journey, found by its id or by its file's path (absolute, or relative to the inbox). */
export async function traceArticle(db: DataSource, query: string, inboxDir: string): Promise<Trace> {
  let ledger: LedgerRow[];
  let ids: string[];
  if (ARTICLE_ID.test(query)) {
    ids = [query];
    ledger = await db.query(
      `SELECT f.* FROM file_ledger f JOIN articles a ON a.path = f.path AND a.file_hash = f.content_hash WHERE a.id = $1`,
      [query],
    );
  } else {
    const path = isAbsolute(query) ? relative(resolve(inboxDir), query) : query;
    ledger = await db.query(`SELECT * FROM file_ledger WHERE path = $1 ORDER BY id`, [path.split('\\').join('/')]);
    // Ids are derived from content and record index: look them up by primary key rather than scanning by path.
    ids = ledger.flatMap((f) => Array.from({ length: f.articles + f.rejections.length }, (_, i) => articleIdFor(f.content_hash, i)));
  }
  const articles: ArticleRow[] = ids.length === 0 ? [] : await db.query(
    `SELECT a.id, a.path, a.file_hash, a.record_index, a.title, a.state, a.duplicate_of, a.similarity, a.duplicate_kind,
            a.dropped_at, a.received_at, a.completed_at,
            (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,
            (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
     FROM articles a WHERE a.id = ANY($1) ORDER BY a.record_index`,
    [ids],
  );
  const stages: Array<StageRow & { article_id: string }> = articles.length === 0 ? [] : await db.query(
    `SELECT article_id, stage, status, version, error, updated_at FROM article_stages WHERE article_id = ANY($1) ORDER BY updated_at`,
    [articles.map((a) => a.id)],
  );
  return { query, ledger, articles: articles.map((article) => ({ article, stages: stages.filter((s) => s.article_id === article.id) })) };
}
