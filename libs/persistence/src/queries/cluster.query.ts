import { DataSource } from 'typeorm';
import { Cluster, ClusterMember } from '@newsflow/contracts';
import { LIVE_ARTICLE } from '../repositories/stored-articles';
import { ARTICLE_SHOWN_DATE, iso } from './row-mappers';

export interface MemberRow {
  id: string;
  root_id: string;
  title: string | null;
  source: string | null;
  date: Date | string;
  undated: boolean;
  similarity: number | null;
  duplicate_kind: string | null;
}

export const CLUSTER_MEMBER_COLUMNS = `a.id, coalesce(a.duplicate_of, a.id) AS root_id, a.title, a.source, ${ARTICLE_SHOWN_DATE} AS date, a.published_at IS NULL AS undated, a.similarity, a.duplicate_kind`;

/** Members of the clusters rooted at the given articles: each root first, then its live duplicates by date. */
export async function clusterMembers(db: DataSource, rootIds: string[]): Promise<Map<string, ClusterMember[]>> {
  const rows: MemberRow[] = await db.query(
    `SELECT ${CLUSTER_MEMBER_COLUMNS} FROM articles a WHERE a.id = ANY($1) OR (a.duplicate_of = ANY($1) AND a.${LIVE_ARTICLE})
     ORDER BY (a.duplicate_of IS NULL) DESC, ${ARTICLE_SHOWN_DATE}, a.id`,
    [rootIds],
  );
  const byRoot = new Map<string, ClusterMember[]>(rootIds.map((id) => [id, []]));
  for (const r of rows) byRoot.get(r.root_id)?.push(toClusterMember(r));
  return byRoot;
}

export function toClusterMember(r: MemberRow): ClusterMember {
  const isRoot = r.id === r.root_id;
  return {
    id: r.id,
    title: r.title,
    source: r.source,
    date: iso(r.date),
    dateKind: r.undated ? 'received' : 'published',
    isRoot,
    similarity: isRoot ? null : r.similarity,
    kind: isRoot ? null : r.duplicate_kind,
  };
}

/** Duplicates point at their cluster's first article, so a cluster is that root plus everything pointing at it. */
export class ClusterQueries {
  constructor(private readonly db: DataSource) {}

  async clusterOf(articleId: string, duplicateOf: string | null): Promise<Cluster> {
    const rootId = duplicateOf ?? articleId;
    const members = (await clusterMembers(this.db, [rootId])).get(rootId) ?? [];
    return { rootId, members };
  }
}
