import { DataSource, EntityManager } from 'typeorm';
import { PromotedArticle, handOverCluster, pendingHeirs, retireArticles, retireDerivedRows } from './article-lifecycle';
import { supersededVersionsOf } from './stored-articles';

export interface RetractedArticle {
  id: string;
  path: string;
  retractedAt: Date;
  alreadyRetracted: boolean;
  /** The duplicate promoted to original (this article headed its cluster), or null. */
  promoted: string | null;
  /** Promoted duplicates that still need extraction (sent again when a retraction is repeated after a crash). */
  toExtract: PromotedArticle[];
}

interface Target {
  id: string;
  path: string;
  file_hash: string;
  state: string;
  duplicate_of: string | null;
}

/** Current version of every record an article id (any version) or an inbox path leads to. */
const CURRENT_VERSIONS = `
  SELECT DISTINCT ON (c.record_index) c.id, c.path, c.file_hash, c.state, c.duplicate_of
  FROM articles c
  WHERE text_key(c.path) = text_key($1) AND c.path = $1 AND c.state <> 'superseded' AND ($2::int IS NULL OR c.record_index = $2)
  ORDER BY c.record_index, c.version DESC, c.received_at DESC`;

/**
 * Retraction, in one transaction per call: the article's current version is retired (state retracted, its
 * mentions, quotes and dedupe signature gone, counters moved), its cluster handed to its earliest duplicate
 * when it headed one, and its ledger entry becomes a tombstone. Repeating it changes nothing, except that
 * promoted duplicates still waiting for extraction are reported again, to be sent again.
 */
export class RetractionRepository {
  constructor(private readonly db: DataSource) {}

  /** null when nothing is stored under that id or path. */
  async retract(target: { id: string } | { path: string }): Promise<RetractedArticle[] | null> {
    return this.db.transaction(async (tx) => {
      const targets = await this.targets(tx, target);
      if (targets.length === 0) return null;
      const results: RetractedArticle[] = [];
      for (const t of targets) results.push(await this.retractOne(tx, t));
      return results;
    });
  }

  private async targets(tx: EntityManager, target: { id: string } | { path: string }): Promise<Target[]> {
    if ('path' in target) return tx.query(CURRENT_VERSIONS, [target.path, null]);
    const rows: Array<{ path: string; record_index: number }> = await tx.query(`SELECT path, record_index FROM articles WHERE id = $1`, [target.id]);
    return rows.length ? tx.query(CURRENT_VERSIONS, [rows[0].path, rows[0].record_index]) : [];
  }

  private async retractOne(tx: EntityManager, t: Target): Promise<RetractedArticle> {
    const retiredNow = (await retireArticles(tx, [{ id: t.id, state: 'retracted' }])).length > 0;
    // Old versions whose rows the retracted one had not replaced yet (its extraction had not run).
    await retireDerivedRows(tx, await supersededVersionsOf(tx, [t.id]));
    const promoted = retiredNow && t.duplicate_of === null ? await handOverCluster(tx, t.id) : null;
    await tx.query(
      `UPDATE file_ledger SET state = 'retracted', retracted_at = coalesce(retracted_at, now()), updated_at = now(),
         reason = 'the article was retracted; this content at this path is not published again'
       WHERE path_key = text_key($1) AND content_hash = $2`,
      [t.path, t.file_hash],
    );
    const [row]: Array<{ retracted_at: Date; cluster_heir: string | null }> = await tx.query(`SELECT retracted_at, cluster_heir FROM articles WHERE id = $1`, [t.id]);
    return {
      id: t.id,
      path: t.path,
      retractedAt: row.retracted_at,
      alreadyRetracted: !retiredNow,
      promoted: promoted ?? row.cluster_heir,
      toExtract: await pendingHeirs(tx, [t.id]),
    };
  }
}
