import { DataSource } from 'typeorm';
import { COOCCURRENCE_WINDOW, CooccurringEntity, EntityDetail, EntityListQuery, EntitySummary, Page } from '@newsflow/contracts';
import { LEAD_SUMMARY_COLUMNS, SummaryRow, toSummary as toArticleSummary } from './article-search.query';
import { decodeCursor, encodeCursor, toPage } from './cursor';
import { preparedQuery } from './prepared-query';
import { dateRangeConditions, iso } from './row-mappers';
import { aliasMatchesSql } from './name-match';
import { SqlParams, where } from './sql-params';
import { countTotal } from './total';

type EntityList = Omit<EntityListQuery, 'limit'> & { limit: number };

interface EntityRow {
  id: string;
  canonical: string;
  type: string;
  mentions: string;
  articles: string;
  matched_alias: string | null;
}

const ENTITY_PAGE_ARTICLES = 20;

interface CooccurringRow {
  id: string;
  canonical: string;
  type: string;
  articles: string | number;
}

interface EntityPageRow {
  id: string;
  canonical: string;
  type: string;
  created_at: Date;
  mentions: number;
  articles: number;
  quotes: string;
  aliases: Array<{ alias: string; alias_key: string; reason: string; created_at: string }>;
  timeline: Array<{ day: string; mentions: number; articles: number }>;
  cooccurring: CooccurringRow[];
  articles_page: SummaryRow[];
}

/** Entities: listing by alias, the entity page, co-occurrence. */
export class EntityQueries {
  constructor(private readonly db: DataSource) {}

  /** Entities by mentions; with q, by how well a name matches first (see aliasMatchesSql), exact aliases first. */
  async list(query: EntityList): Promise<Page<EntitySummary>> {
    const p = new SqlParams();
    const conditions = query.type ? [`e.type = ${p.add(query.type)}`] : [];
    const counted = countTotal(this.db, (c) => `FROM ${entitiesFrom(c, query.q)} ${where(query.type ? [`e.type = ${c.add(query.type)}`] : [])}`);
    const from = entitiesFrom(p, query.q);
    // Counters kept by the entities stage: ranking walks an index instead of counting mentions.
    if (!query.q) {
      if (query.cursor) {
        const [mentions, id] = decodeCursor(query.cursor, 'mentions', ['number', 'string']);
        conditions.push(`(e.mention_count, e.id) < (${p.add(mentions)}::int, ${p.add(id)}::bigint)`);
      }
      const [rows, total] = await Promise.all([
        this.db.query(
          `SELECT e.id, e.canonical, e.type, NULL::text AS matched_alias, e.mention_count AS mentions, e.article_count AS articles
           FROM ${from} ${where(conditions)} ORDER BY e.mention_count DESC, e.id DESC LIMIT ${p.add(query.limit + 1)}`,
          p.values,
        ) as Promise<EntityRow[]>,
        counted,
      ]);
      return toPage(rows, query.limit, toSummary, (r) => encodeCursor('mentions', [Number(r.mentions), String(r.id)]), total);
    }
    // Exact and prefix matches by mentions; transliterations and similar spellings by similarity, then mentions.
    const closeness = `CASE WHEN m.tier <= 1 THEN 1::real ELSE m.score END`;
    if (query.cursor) {
      const [tier, closenessKey, mentions, id] = decodeCursor(query.cursor, 'names', ['number', 'string', 'number', 'string']);
      conditions.push(
        `(m.tier, -(${closeness}), -e.mention_count, -e.id) > (${p.add(tier)}::int, -${p.add(closenessKey)}::real, -${p.add(mentions)}::int, -${p.add(id)}::bigint)`,
      );
    }
    const [rows, total] = await Promise.all([
      this.db.query(
        `SELECT e.id, e.canonical, e.type, m.matched_alias, e.mention_count AS mentions, e.article_count AS articles, m.tier, (${closeness})::text AS closeness
         FROM ${from} ${where(conditions)}
         ORDER BY m.tier, ${closeness} DESC, e.mention_count DESC, e.id DESC LIMIT ${p.add(query.limit + 1)}`,
        p.values,
      ) as Promise<Array<EntityRow & { tier: number; closeness: string }>>,
      counted,
    ]);
    return toPage(rows, query.limit, toSummary, (r) => encodeCursor('names', [Number(r.tier), r.closeness, Number(r.mentions), String(r.id)]), total);
  }

  /**
   * The entity page in one statement, from entity_articles (one row per article that mentions the entity,
   * with its date): the timeline and the newest articles follow the date range; co-occurrence counts over
   * the entity's newest articles, whatever the range (see cooccurrenceSql).
   */
  async detail(id: string, range: { from?: string; to?: string }): Promise<EntityDetail | null> {
    const p = new SqlParams();
    const entityId = p.add(id);
    const inRange = where([`ea.entity_id = ${entityId}`, ...dateRangeConditions(p, 'ea.article_date', range)]);
    const cooccurring = cooccurrenceSql(p, entityId, { limit: 10 });
    const [row] = await preparedQuery<EntityPageRow>(
      this.db,
      `SELECT e.id, e.canonical, e.type, e.created_at, e.mention_count AS mentions, e.article_count AS articles,
              (SELECT count(*) FROM quotes q WHERE q.speaker_entity_id = e.id) AS quotes,
              (SELECT coalesce(json_agg(x ORDER BY x.created_at, x.alias_key), '[]') FROM (
                 SELECT alias, alias_key, reason, created_at FROM entity_aliases WHERE entity_id = e.id) x) AS aliases,
              (SELECT coalesce(json_agg(x ORDER BY x.day), '[]') FROM (
                 SELECT to_char(d.day, 'YYYY-MM-DD') AS day, d.mentions, d.articles FROM (
                   SELECT ((ea.article_date + make_interval(mins => coalesce(ea.article_offset_minutes, 0))) AT TIME ZONE 'UTC')::date AS day, sum(ea.mentions) AS mentions, count(*) AS articles
                   FROM entity_articles ea ${inRange} AND ea.article_date > '-infinity' GROUP BY 1) d) x) AS timeline,
              (SELECT coalesce(json_agg(x ORDER BY x.articles DESC, x.id::bigint), '[]') FROM (${cooccurring}) x) AS cooccurring,
              (SELECT coalesce(json_agg(x ORDER BY x.date DESC, x.id DESC), '[]') FROM (
                 SELECT ${LEAD_SUMMARY_COLUMNS}
                 FROM (SELECT ea.article_id FROM entity_articles ea ${inRange}
                       ORDER BY ea.article_date DESC, ea.article_id DESC LIMIT ${p.add(ENTITY_PAGE_ARTICLES)}) page
                 JOIN articles a ON a.id = page.article_id) x) AS articles_page
       FROM entities e WHERE e.id = ${entityId}`,
      p.values,
    );
    if (!row) return null;
    return {
      id: String(row.id),
      canonical: row.canonical,
      type: row.type,
      createdAt: iso(row.created_at),
      mentions: Number(row.mentions),
      articleCount: Number(row.articles),
      quoteCount: Number(row.quotes),
      aliases: row.aliases.map((a) => ({ alias: a.alias, key: a.alias_key, reason: a.reason, createdAt: iso(a.created_at) })),
      timeline: row.timeline.map((t) => ({ day: t.day, mentions: Number(t.mentions), articles: Number(t.articles) })),
      cooccurring: row.cooccurring.map(toCooccurring),
      articles: row.articles_page.map((a) => toArticleSummary(a)),
    };
  }

  async find(id: string): Promise<{ id: string; canonical: string; type: string } | null> {
    const rows = await preparedQuery<{ id: string; canonical: string; type: string }>(this.db, `SELECT id, canonical, type FROM entities WHERE id = $1`, [id]);
    return rows[0] ? { id: String(rows[0].id), canonical: rows[0].canonical, type: rows[0].type } : null;
  }

  async cooccurrence(id: string, options: { limit: number; type?: string }): Promise<CooccurringEntity[]> {
    const p = new SqlParams();
    const entityId = p.add(id);
    const sql = cooccurrenceSql(p, entityId, options);
    const rows: CooccurringRow[] = await this.db.query(`SELECT * FROM (${sql}) x ORDER BY x.articles DESC, x.id::bigint`, p.values);
    return rows.map(toCooccurring);
  }
}

/**
 * Entities mentioned in the newest COOCCURRENCE_WINDOW articles that mention `entityId` (a parameter
 * placeholder), by shared articles. Counted per entity id first, so only the top entities are looked up
 * (a type filter needs the lookup before the limit).
 */
function cooccurrenceSql(p: SqlParams, entityId: string, options: { limit: number; type?: string }): string {
  const counted = `SELECT other.entity_id, count(*) AS articles
                   FROM (SELECT article_id FROM entity_articles WHERE entity_id = ${entityId}
                         ORDER BY article_date DESC, article_id DESC LIMIT ${p.add(COOCCURRENCE_WINDOW)}) recent
                   JOIN entity_articles other ON other.article_id = recent.article_id
                   WHERE other.entity_id <> ${entityId} GROUP BY other.entity_id`;
  const limit = p.add(options.limit);
  if (options.type) {
    return `SELECT e.id::text AS id, e.canonical, e.type, c.articles FROM (${counted}) c JOIN entities e ON e.id = c.entity_id
            WHERE e.type = ${p.add(options.type)} ORDER BY c.articles DESC, e.id LIMIT ${limit}`;
  }
  // Each of the few top entities by its key (OFFSET 0 keeps the lookup per row): the entity page's prepared,
  // generic plan cannot see how few rows the limit leaves and hashed the whole entities table instead.
  return `SELECT e.id::text AS id, e.canonical, e.type, c.articles
          FROM (${counted} ORDER BY articles DESC, other.entity_id LIMIT ${limit}) c
          CROSS JOIN LATERAL (SELECT e.id, e.canonical, e.type FROM entities e WHERE e.id = c.entity_id OFFSET 0) e`;
}

function toCooccurring(r: CooccurringRow): CooccurringEntity {
  return { id: String(r.id), canonical: r.canonical, type: r.type, articles: Number(r.articles) };
}

/** `entities e`, joined with `m`, each matching entity's best alias match, when there is a name. */
function entitiesFrom(p: SqlParams, name: string | undefined): string {
  if (!name) return 'entities e';
  return `(SELECT x.entity_id, min(x.tier) AS tier, max(x.score) AS score,
                  (array_agg(x.alias ORDER BY x.tier, x.score DESC, x.alias))[1] AS matched_alias
           FROM (${aliasMatchesSql(p, name)}) x GROUP BY x.entity_id) m
          JOIN entities e ON e.id = m.entity_id`;
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
