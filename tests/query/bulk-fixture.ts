import { DataSource } from 'typeorm';
import { recountEntityMentions } from '@newsflow/persistence';

/**
 * Many articles, entities, mentions and quotes generated inside PostgreSQL (seconds, not minutes), so the
 * planner sees realistic table sizes. Every 500th article mentions "zeppelin"; entity names are random two-word names.
 */
export async function seedBulk(db: DataSource, articles: number): Promise<void> {
  const entities = Math.max(10, Math.floor(articles / 2));
  await db.query(
    `INSERT INTO entities (id, canonical, type) SELECT i, initcap(substr(md5(i::text), 1, 7)) || ' ' || initcap(substr(md5((-i)::text), 1, 9)), CASE WHEN i % 3 = 0 THEN 'ORG' ELSE 'PERSON' END FROM generate_series(1, $1) i`,
    [entities],
  );
  await db.query(`SELECT setval(pg_get_serial_sequence('entities', 'id'), $1)`, [entities]);
  await db.query(
    `INSERT INTO entity_aliases (entity_id, type, alias, alias_key, reason)
     SELECT id, type, canonical, lower(canonical), 'canonical name' FROM entities
     UNION ALL SELECT id, type, split_part(canonical, ' ', 2), lower(split_part(canonical, ' ', 2)), 'surname of “' || canonical || '”' FROM entities`,
  );
  await db.query(
    `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, title, text, body, source, published_at, body_hash, state, dropped_at, received_at)
     SELECT md5('a' || i), md5('f' || i) || md5('g' || i), 0, '/inbox/bulk-' || i || '.txt', 'txt', 'utf-8', 'Bulk report ' || i, t, t,
            'Outlet ' || (i % 40), timestamptz '2024-01-01' + (i || ' minutes')::interval, md5('b' || i) || md5('c' || i),
            CASE WHEN i % 50 = 0 THEN 'duplicate' ELSE 'completed' END, now(), now()
     FROM generate_series(1, $1) i,
          LATERAL (SELECT 'Report ' || i || ' about ' || md5(i::text) || ' market ' || md5((i * 7)::text) || ' budget council '
                          || CASE WHEN i % 500 = 0 THEN 'zeppelin ' ELSE '' END || repeat('reform harvest energy bridge ', 20) AS t) body`,
    [articles],
  );
  await db.query(
    `INSERT INTO mentions (article_id, entity_id, text, type, start_offset, end_offset, canonical)
     SELECT md5('a' || i), e.id, e.canonical, e.type, k * 10, k * 10 + 5, e.canonical
     FROM generate_series(1, $1) i, generate_series(0, 2) k, entities e WHERE e.id = 1 + ((i * 31 + k * 977) % $2)`,
    [articles, entities],
  );
  await db.query(
    `INSERT INTO quotes (article_id, ordinal, text, start_offset, end_offset, kind, speaker_text, speaker_canonical, speaker_entity_id, group_key)
     SELECT md5('a' || i), 0, 'We will reform the ' || md5(i::text), 0, 40, 'direct', e.canonical, e.canonical, e.id, 'g' || (i % ($1 / 2))
     FROM generate_series(1, $1) i, entities e WHERE e.id = 1 + ((i * 31) % $2)`,
    [articles, entities],
  );
  await db.query(
    `INSERT INTO file_ledger (path, size, mtime_ms, content_hash, state, reason)
     SELECT '/inbox/bulk-' || i || '.txt', 100, 0, md5('f' || i) || md5('g' || i), CASE WHEN i % 100 = 0 THEN 'rejected' ELSE 'published' END,
            CASE WHEN i % 100 = 0 THEN 'binary content' END
     FROM generate_series(1, $1) i`,
    [articles],
  );
  await db.query(
    `INSERT INTO article_stages (article_id, stage, version, status, updated_at)
     SELECT md5('a' || i), s, 'v1', 'done', now() - (i || ' seconds')::interval FROM generate_series(1, $1) i, unnest(ARRAY['dedupe', 'entities', 'quotes']) s`,
    [articles],
  );
  await recountEntityMentions(db);
  // As autovacuum would: statistics, and GIN pending lists merged (the planner avoids a GIN index with a long pending list).
  await db.query(`VACUUM ANALYZE`);
}
