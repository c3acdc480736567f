import { DataSource } from 'typeorm';

/**
 * Entities whose stored counters (mention_count, article_count) or entity_articles rows differ from what
 * their mentions say: an empty list means every counter is exact.
 */
export async function inexactCounters(db: DataSource): Promise<unknown[]> {
  return db.query(`
    WITH truth AS (SELECT entity_id, count(*)::int AS mentions, count(DISTINCT article_id)::int AS articles FROM mentions GROUP BY entity_id),
         per_article AS (SELECT entity_id, article_id, count(*)::int AS n FROM mentions GROUP BY entity_id, article_id)
    SELECT 'entity' AS what, e.id::text AS key, e.mention_count AS stored, coalesce(t.mentions, 0) AS actual
    FROM entities e LEFT JOIN truth t ON t.entity_id = e.id
    WHERE e.mention_count <> coalesce(t.mentions, 0) OR e.article_count <> coalesce(t.articles, 0)
    UNION ALL
    SELECT 'entity_articles', coalesce(ea.entity_id, p.entity_id)::text || ':' || coalesce(ea.article_id, p.article_id), ea.mentions, p.n
    FROM entity_articles ea FULL JOIN per_article p ON p.entity_id = ea.entity_id AND p.article_id = ea.article_id
    WHERE ea.mentions IS DISTINCT FROM p.n`);
}
