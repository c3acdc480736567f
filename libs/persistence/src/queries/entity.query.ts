import { DataSource } from 'typeorm';
import { CooccurringEntity, EntityDetail, EntityListQuery, EntitySummary, Page, TimelinePoint } from '@newsflow/contracts';
import { aliasKey } from '../repositories/entity-linking.repository';
import { ArticleSearchQueries } from './article-search.query';
import { decodeCursor, encodeCursor, toPage } from './cursor';
import { ARTICLE_DATE, dateRangeConditions, iso } from './row-mappers';
import { SqlParams, where } from './sql-params';

type EntityList = Omit<EntityListQuery, 'limit'> & { limit: number };

interface EntityRow {
  id: string;
  canonical: string;
  type: string;
  mentions: string;
  articles: string;
  matched_alias: string | null;
}

/** Entities: listing by alias, the entity page, co-occurrence. */
export class EntityQueries {
  private readonly articles: ArticleSearchQueries;

  constructor(private readonly db: DataSource) {
    this.articles = new ArticleSearchQueries(db);
  }

  async list(query: EntityList): Promise<Page<EntitySummary>> {
    const p = new SqlParams();
    const inner: string[] = [];
    let from = 'entities e';
    let matched = 'NULL::text';
    if (query.q) {
      // Any word of an alias may start the match: the key's start uses entity_aliases_key_prefix, later words the trigram index.
      const key = aliasKey(query.q).replace(/[\\%_]/g, '\\$&');
      from = `(SELECT al.entity_id, min(al.alias) AS matched_alias FROM entity_aliases al
                WHERE al.alias_key LIKE ${p.add(`${key}%`)} OR al.alias_key LIKE ${p.add(`% ${key}%`)} GROUP BY al.entity_id) m
              JOIN entities e ON e.id = m.entity_id`;
      matched = 'm.matched_alias';
    }
    if (query.type) inner.push(`e.type = ${p.add(query.type)}`);
    if (query.cursor) {
      const [mentions, id] = decodeCursor(query.cursor, 'mentions', ['number', 'string']);
      inner.push(`(e.mention_count, e.id) < (${p.add(mentions)}::int, ${p.add(id)}::bigint)`);
    }
    // Counters kept by the entities stage: ranking walks an index instead of counting mentions.
    const rows: EntityRow[] = await this.db.query(
      `SELECT e.id, e.canonical, e.type, ${matched} AS matched_alias, e.mention_count AS mentions, e.article_count AS articles
       FROM ${from} ${where(inner)}
       ORDER BY e.mention_count DESC, e.id DESC LIMIT ${p.add(query.limit + 1)}`,
      p.values,
    );
    return toPage(rows, query.limit, toSummary, (r) => encodeCursor('mentions', [Number(r.mentions), String(r.id)]));
  }

  async detail(id: string, range: { from?: string; to?: string }): Promise<EntityDetail | null> {
    const [entity]: Array<{ id: string; canonical: string; type: string; created_at: Date }> = await this.db.query(
      `SELECT id, canonical, type, created_at FROM entities WHERE id = $1`,
      [id],
    );
    if (!entity) return null;
    const [counts, aliases, timeline, cooccurring, articles] = await Promise.all([
      this.db.query(
        `SELECT (SELECT mention_count FROM entities WHERE id = $1) AS mentions,
                (SELECT article_count FROM entities WHERE id = $1) AS articles,
                (SELECT count(*) FROM quotes WHERE speaker_entity_id = $1) AS quotes`,
        [id],
      ) as Promise<Array<{ mentions: string; articles: string; quotes: string }>>,
      this.db.query(`SELECT alias, alias_key, reason, created_at FROM entity_aliases WHERE entity_id = $1 ORDER BY created_at, alias_key`, [id]) as Promise<
        Array<{ alias: string; alias_key: string; reason: string; created_at: Date }>
      >,
      this.timeline(id, range),
      this.cooccurrence(id, { limit: 10 }),
      this.articles.search({ entityId: id, limit: 20, ...range }),
    ]);
    return {
      id: String(entity.id),
      canonical: entity.canonical,
      type: entity.type,
      createdAt: iso(entity.created_at),
      mentions: Number(counts[0].mentions),
      articleCount: Number(counts[0].articles),
      quoteCount: Number(counts[0].quotes),
      aliases: aliases.map((a) => ({ alias: a.alias, key: a.alias_key, reason: a.reason, createdAt: iso(a.created_at) })),
      timeline,
      cooccurring,
      articles: articles.items,
    };
  }

  async find(id: string): Promise<{ id: string; canonical: string; type: string } | null> {
    const rows: Array<{ id: string; canonical: string; type: string }> = await this.db.query(`SELECT id, canonical, type FROM entities WHERE id = $1`, [id]);
    return rows[0] ? { id: String(rows[0].id), canonical: rows[0].canonical, type: rows[0].type } : null;
  }

  async cooccurrence(id: string, options: { limit: number; type?: string }): Promise<CooccurringEntity[]> {
    const p = new SqlParams();
    const entityId = p.add(id);
    const conditions = [`m2.entity_id <> ${entityId}`];
    if (options.type) conditions.push(`e.type = ${p.add(options.type)}`);
    const rows: Array<{ id: string; canonical: string; type: string; articles: string }> = await this.db.query(
      `WITH its_articles AS (SELECT DISTINCT article_id FROM mentions WHERE entity_id = ${entityId})
       SELECT e.id, e.canonical, e.type, count(DISTINCT m2.article_id) AS articles
       FROM its_articles ia JOIN mentions m2 ON m2.article_id = ia.article_id JOIN entities e ON e.id = m2.entity_id
       ${where(conditions)}
       GROUP BY e.id ORDER BY articles DESC, e.id LIMIT ${p.add(options.limit)}`,
      p.values,
    );
    return rows.map((r) => ({ id: String(r.id), canonical: r.canonical, type: r.type, articles: Number(r.articles) }));
  }

  private async timeline(id: string, range: { from?: string; to?: string }): Promise<TimelinePoint[]> {
    const p = new SqlParams();
    const conditions = [`m.entity_id = ${p.add(id)}`, ...dateRangeConditions(p, ARTICLE_DATE, range)];
    const rows: Array<{ day: string; mentions: string; articles: string }> = await this.db.query(
      `SELECT to_char(date_trunc('day', ${ARTICLE_DATE} AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, count(*) AS mentions, count(DISTINCT a.id) AS articles
       FROM mentions m JOIN articles a ON a.id = m.article_id ${where(conditions)} GROUP BY 1 ORDER BY 1`,
      p.values,
    );
    return rows.map((r) => ({ day: r.day, mentions: Number(r.mentions), articles: Number(r.articles) }));
  }
}

function toSummary(r: EntityRow): EntitySummary {
  return {
    id: String(r.id),
    canonical: r.canonical,
    type: r.type,
    mentions: Number(r.mentions),
    articles: Number(r.articles),
    matchedAlias: r.matched_alias,
  };
}
