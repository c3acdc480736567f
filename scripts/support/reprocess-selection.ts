import { DataSource } from 'typeorm';
import { ArticleReceived, PipelinePayload } from '@newsflow/contracts';
import { quoteModelsOf } from '@newsflow/config';
import { EXTRACTOR_VERSIONS, quotesVersion } from '@newsflow/nlp';
import { localIsoDate } from '@newsflow/text';
import { SqlParams, where } from '../../libs/persistence/src/queries/sql-params';

export const REPROCESS_STAGES = ['dedupe', 'entities', 'quotes'] as const;
export type ReprocessStage = (typeof REPROCESS_STAGES)[number];

export interface Selection {
  all?: boolean;
  since?: Date;
  articleIds?: string[];
  /** Only articles whose recorded stage version differs from the current extractor's. */
  outdated?: boolean;
}

interface ArticleRow {
  id: string;
  file_hash: string;
  record_index: number;
  path: string;
  format: string;
  encoding: string;
  title: string | null;
  url: string | null;
  published_at: Date | null;
  published_offset_minutes: number | null;
  source: string | null;
  byline: string | null;
  dateline: string | null;
  text: string;
  dropped_at: Date;
  mentions: string | null;
}

/** The versions the stages now record; the quotes app's depends on its QUOTE_MODELS, read here from the same environment. */
const CURRENT_VERSION: Partial<Record<ReprocessStage, string>> = { ...EXTRACTOR_VERSIONS, quotes: quotesVersion(quoteModelsOf(process.env)) };

/**
 * Which articles a stage can take again: dedupe takes every stored article; entities only current
 * originals (duplicates stop after dedupe); quotes only current articles whose entities are done (it
 * resolves speakers through them).
 */
function conditions(stage: ReprocessStage, sel: Selection, p: SqlParams): string[] {
  const c: string[] = [];
  // Old versions and retracted articles are not extracted again (the stages would skip them).
  if (stage !== 'dedupe') c.push(`a.state NOT IN ('superseded', 'retracted')`);
  if (stage === 'entities') c.push(`a.state <> 'duplicate'`);
  if (stage === 'quotes') c.push(`EXISTS (SELECT 1 FROM article_stages e WHERE e.article_id = a.id AND e.stage = 'entities' AND e.status = 'done')`);
  if (sel.since) c.push(`a.received_at >= ${p.add(sel.since.toISOString())}::timestamptz`);
  if (sel.articleIds?.length) c.push(`a.id = ANY(${p.add(sel.articleIds)})`);
  if (sel.outdated) {
    const version = CURRENT_VERSION[stage];
    if (version) c.push(`NOT EXISTS (SELECT 1 FROM article_stages s WHERE s.article_id = a.id AND s.stage = ${p.add(stage)} AND s.status = 'done' AND s.version = ${p.add(version)})`);
  }
  return c;
}

export async function countSelected(db: DataSource, stage: ReprocessStage, sel: Selection): Promise<number> {
  const p = new SqlParams();
  const rows: Array<{ n: string }> = await db.query(`SELECT count(*) AS n FROM articles a ${where(conditions(stage, sel, p))}`, p.values);
  return Number(rows[0].n);
}

/** The selected articles in id order, a page at a time (keyset paging, so the set may grow meanwhile). */
export async function* selectArticles(db: DataSource, stage: ReprocessStage, sel: Selection, pageSize = 200): AsyncGenerator<ArticleRow[]> {
  let after = '';
  for (;;) {
    const p = new SqlParams();
    const c = [...conditions(stage, sel, p), `a.id > ${p.add(after)}`];
    const rows: ArticleRow[] = await db.query(
      `SELECT a.id, a.file_hash, a.record_index, a.path, a.format, a.encoding, a.title, a.url, a.published_at, a.published_offset_minutes, a.source, a.byline,
              a.dateline, ${stage === 'dedupe' ? 'a.text' : `'' AS text`}, a.dropped_at,
              ${stage === 'quotes' ? '(SELECT count(*) FROM mentions m WHERE m.article_id = a.id)' : 'NULL'} AS mentions
       FROM articles a ${where(c)} ORDER BY a.id LIMIT ${p.add(pageSize)}`,
      p.values,
    );
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].id;
  }
}

/** The `received` event the watcher sent for this article, rebuilt from what dedupe stored. */
export function receivedEventOf(a: ArticleRow): Omit<ArticleReceived, 'text' | 'textRef'> & { text: string } {
  return {
    v: 1,
    articleId: a.id.trim(),
    fileHash: a.file_hash.trim(),
    recordIndex: a.record_index,
    path: a.path,
    droppedAt: new Date(a.dropped_at).getTime(),
    format: a.format,
    encoding: a.encoding,
    meta: {
      title: a.title,
      url: a.url,
      publishedAt: a.published_at ? localIsoDate(new Date(a.published_at).getTime(), a.published_offset_minutes ?? 0) : null,
      source: a.source,
      byline: a.byline,
      dateline: a.dateline,
    },
    text: a.text,
    reprocess: true,
  };
}

export function acceptedEventOf(a: ArticleRow): PipelinePayload<'accepted'> {
  return { v: 1, articleId: a.id.trim(), droppedAt: new Date(a.dropped_at).getTime(), path: a.path, reprocess: true };
}

export function entitiesExtractedEventOf(a: ArticleRow): PipelinePayload<'entities-extracted'> {
  return { v: 1, articleId: a.id.trim(), droppedAt: new Date(a.dropped_at).getTime(), path: a.path, reprocess: true, mentions: Number(a.mentions ?? 0) };
}
