import { EntityManager } from 'typeorm';
import { IndexLookup } from '@newsflow/dedupe';
import { PromotedArticle, pendingHeirs } from './article-lifecycle';
import type { IncomingArticle } from './article-dedupe.repository';
import { samePathRecord } from './stored-articles';

// How the dedupe stage finds the version of a path and record that an incoming article corrects.

/** The current version of an incoming article's path and record, if the path held one. */
export interface Predecessor {
  id: string;
  version: number;
  droppedAt: number;
  /** The highest version number at the path and record, late arrivals included. */
  lastVersion: number;
  /** A retracted predecessor is linked but stays retracted. */
  retracted: boolean;
  headsCluster: boolean;
}

/** The current version (highest, not superseded) at each article's path and record, other than the article, by article id. */
export async function currentVersionsOf(tx: EntityManager, round: Array<Pick<IncomingArticle, 'id' | 'path' | 'recordIndex'>>): Promise<Map<string, Predecessor>> {
  const rows: Array<{ incoming: string; id: string; version: number; last_version: number; dropped_ms: string; state: string; duplicate_of: string | null }> = await tx.query(
    // Index probes per article (articles_path_record); OFFSET 0 keeps them from being flattened into a join.
    `SELECT u.incoming, a.id, a.version, a.dropped_ms, a.state, a.duplicate_of,
       (SELECT max(m.version) FROM articles m WHERE ${samePathRecord('m', 'u.path', 'u.record')}) AS last_version
     FROM unnest($1::char(32)[], $2::text[], $3::int[]) AS u(incoming, path, record)
     CROSS JOIN LATERAL (
       SELECT a.id, a.version, (extract(epoch FROM a.dropped_at) * 1000)::bigint AS dropped_ms, a.state, a.duplicate_of FROM articles a
       WHERE ${samePathRecord('a', 'u.path', 'u.record')}
         AND a.id <> u.incoming AND a.state <> 'superseded'
       ORDER BY a.version DESC LIMIT 1 OFFSET 0) a`,
    [round.map((a) => a.id), round.map((a) => a.path), round.map((a) => a.recordIndex)],
  );
  return new Map(
    rows.map((r) => [
      r.incoming,
      { id: r.id, version: r.version, lastVersion: r.last_version, droppedAt: Number(r.dropped_ms), retracted: r.state === 'retracted', headsCluster: r.duplicate_of === null },
    ]),
  );
}

/** Splits a batch so that no two versions of one path and record are stored in the same round. */
export function versionRounds<T extends Pick<IncomingArticle, 'path' | 'recordIndex'>>(articles: T[]): T[][] {
  const rounds: T[][] = [];
  const seen = new Map<string, number>();
  for (const a of articles) {
    const key = `${a.recordIndex}\u0000${a.path}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    (rounds[n] ??= []).push(a);
  }
  return rounds;
}

/** Leaves a retired version's cluster (its copies) out of what a body hash's lookup found. */
export function withoutCluster(looked: Map<string, IndexLookup>, bodyHash: string, clusterId: string): void {
  const lookup = looked.get(bodyHash);
  if (!lookup) return;
  const exact = lookup.exact && lookup.exact.clusterId !== clusterId ? lookup.exact : null;
  looked.set(bodyHash, { exact, candidates: lookup.candidates.filter((c) => c.clusterId !== clusterId) });
}

/** For each redelivered correction, the duplicates its predecessor's cluster promoted that still wait for extraction. */
export async function pendingHeirsBySuccessor(tx: EntityManager, ids: string[]): Promise<Map<string, PromotedArticle[]>> {
  const found = new Map<string, PromotedArticle[]>();
  if (ids.length === 0) return found;
  const rows: Array<{ id: string; superseded_by: string }> = await tx.query(
    `SELECT id, superseded_by FROM articles WHERE superseded_by = ANY($1::char(32)[]) AND cluster_heir IS NOT NULL`,
    [ids],
  );
  for (const r of rows) found.set(r.superseded_by, await pendingHeirs(tx, [r.id]));
  return found;
}
