import { DataSource } from 'typeorm';
import { ClusterMember, Page, StoriesQuery, Story } from '@newsflow/contracts';
import { LIVE_ARTICLE } from '../repositories/stored-articles';
import { clusterMembers } from './cluster.query';
import { decodeCursor, encodeCursor, toPage } from './cursor';
import { ARTICLE_DATE, ARTICLE_SHOWN_DATE, dateRangeConditions, iso } from './row-mappers';
import { SqlParams, sourceIs, where } from './sql-params';
import { countTotal } from './total';

type StoryQuery = Omit<StoriesQuery, 'limit'> & { limit: number };

/** Near-duplicate clusters (a root with at least one duplicate), newest root first. */
export class StoryQueries {
  constructor(private readonly db: DataSource) {}

  async list(query: StoryQuery): Promise<Page<Story>> {
    const p = new SqlParams();
    const conditions = storyConditions(p, query);
    if (query.cursor) {
      const [dateKey, id] = decodeCursor(query.cursor, 'stories', ['string', 'string']);
      conditions.push(`(${ARTICLE_DATE}, a.id) < (${p.add(dateKey)}::timestamptz, ${p.add(id)})`);
    }
    const [roots, total] = await Promise.all([
      this.db.query(
        `SELECT a.id, a.title, ${ARTICLE_SHOWN_DATE} AS date, ${ARTICLE_DATE}::text AS date_key FROM articles a ${where(conditions)}
         ORDER BY ${ARTICLE_DATE} DESC, a.id DESC LIMIT ${p.add(query.limit + 1)}`,
        p.values,
      ) as Promise<Array<{ id: string; title: string | null; date: Date; date_key: string }>>,
      countTotal(this.db, (c) => `FROM articles a ${where(storyConditions(c, query))}`),
    ]);
    const members = roots.length ? await clusterMembers(this.db, roots.map((r) => r.id)) : new Map<string, ClusterMember[]>();
    return toPage(
      roots,
      query.limit,
      (r) => {
        const list = members.get(r.id) ?? [];
        const sources = [...new Set(list.map((m) => m.source).filter((s): s is string => !!s))];
        return { rootId: r.id, title: r.title, date: iso(r.date), size: list.length, sources, members: list };
      },
      (r) => encodeCursor('stories', [r.date_key, r.id]),
      total,
    );
  }
}

/** Roots with at least one duplicate, in the date range, with a member from the source. */
function storyConditions(p: SqlParams, query: StoryQuery): string[] {
  const conditions = [`a.duplicate_of IS NULL`, `a.${LIVE_ARTICLE}`, `EXISTS (SELECT 1 FROM articles d WHERE d.duplicate_of = a.id AND d.${LIVE_ARTICLE})`];
  conditions.push(...dateRangeConditions(p, ARTICLE_DATE, query));
  if (query.source) conditions.push(`EXISTS (SELECT 1 FROM articles s WHERE (s.id = a.id OR (s.duplicate_of = a.id AND s.${LIVE_ARTICLE})) AND ${sourceIs('s.source', p.add(query.source))})`);
  return conditions;
}
