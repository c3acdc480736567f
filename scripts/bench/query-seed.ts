import { DataSource } from 'typeorm';
import { recountEntityMentions } from '@newsflow/persistence';

/** Every seeded article carries one of this many topic words. */
export const SEED_TOPICS = 500;

/**
 * Fills the migrated schema with `articles` completed articles in a few set-based statements (seconds, not
 * the minutes the pipeline would take): `articles / 50` entities with aliases, three mentions and one
 * quote per article, ledger rows and stage rows. Each article carries one of SEED_TOPICS topic words
 * (`topicN`, about articles/500 matches each) so search has realistic selectivity.
 */
export async function seedQueryData(db: DataSource, articles: number): Promise<{ entities: number }> {
  const entities = Math.max(20, Math.floor(articles / 50));
  await db.query(
    `INSERT INTO entities (id, canonical, type)
     SELECT i, initcap(substr(md5(i::text), 1, 6)) || ' ' || initcap(substr(md5((-i)::text), 1, 8)),
            (ARRAY['PERSON', 'PERSON', 'ORG', 'LOCATION'])[1 + i % 4] FROM generate_series(1, $1) i`,
    [entities],
  );
  await db.query(`SELECT setval(pg_get_serial_sequence('entities', 'id'), $1)`, [entities]);
  await db.query(
    `INSERT INTO entity_aliases (entity_id, type, alias, alias_key, reason)
     SELECT id, type, canonical, lower(canonical), 'canonical name' FROM entities
     UNION ALL SELECT id, type, split_part(canonical, ' ', 2), lower(split_part(canonical, ' ', 2)), 'surname' FROM entities WHERE type = 'PERSON'`,
  );
  await db.query(`INSERT INTO entity_link_keys (key, entity_id) SELECT alias_key, entity_id FROM entity_aliases ON CONFLICT DO NOTHING`);
  await db.query(
    `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, title, text, body, source, published_at, body_hash, state, dropped_at, received_at, completed_at)
     SELECT md5('a' || i), md5('f' || i) || md5('g' || i), 0, 'bulk/' || i || '.txt', 'txt', 'utf-8', 'Report ' || i || ' on topic' || (i % ${SEED_TOPICS}), t, t,
            'Outlet ' || (i % 40), timestamptz '2024-01-01' + (i || ' minutes')::interval, md5('b' || i) || md5('c' || i), 'completed', now(), now(), now()
     FROM generate_series(1, $1) i,
          LATERAL (SELECT 'Report ' || i || ' on topic' || (i % ${SEED_TOPICS}) || '. The council ' || md5(i::text) || ' discussed the budget, '
                          || 'the harvest and the railway. ' || repeat('Officials met to review the energy market and the bridge tender. ', 12) AS t) body`,
    [articles],
  );
  await db.query(
    `INSERT INTO mentions (article_id, entity_id, text, type, start_offset, end_offset, canonical)
     SELECT md5('a' || i), e.id, e.canonical, e.type, k * 20, k * 20 + 12, e.canonical
     FROM generate_series(1, $1) i, generate_series(0, 2) k, entities e WHERE e.id = 1 + ((i * 31 + k * 977) % $2)`,
    [articles, entities],
  );
  await db.query(
    `INSERT INTO quotes (article_id, ordinal, text, start_offset, end_offset, kind, speaker_text, speaker_canonical, speaker_entity_id, group_key)
     SELECT md5('a' || i), 0, 'We will review the budget ' || md5(i::text), 0, 40, 'direct', e.canonical, e.canonical, e.id, 'g' || (i % ($1 / 2))
     FROM generate_series(1, $1) i, entities e WHERE e.id = 1 + ((i * 31) % $2)`,
    [articles, entities],
  );
  await db.query(
    `INSERT INTO file_ledger (path, size, mtime_ms, content_hash, state, articles)
     SELECT 'bulk/' || i || '.txt', 900, 0, md5('f' || i) || md5('g' || i), 'published', 1 FROM generate_series(1, $1) i`,
    [articles],
  );
  await db.query(
    `INSERT INTO article_stages (article_id, stage, version, status)
     SELECT md5('a' || i), s, 'v1', 'done' FROM generate_series(1, $1) i, unnest(ARRAY['dedupe', 'entities', 'quotes']) s`,
    [articles],
  );
  await recountEntityMentions(db);
  // As autovacuum would after a bulk load: statistics, visibility map and GIN pending lists merged.
  await db.query('VACUUM ANALYZE');
  // The bulk load's WAL starts a checkpoint that PostgreSQL spreads over minutes and ends with an fsync of
  // every file written: finished now, it no longer lands in whichever route is measured last.
  await db.query('CHECKPOINT');
  return { entities };
}
