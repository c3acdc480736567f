import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The entities and quotes stages' transactions as a few function calls instead of 11–14 statements. At
 * 50 files/s a batch of two articles spent about 60 ms in its entities transaction, of which PostgreSQL
 * executed about 18: the rest was round trips waiting for a core, while the batch's advisory locks held
 * the other batch in flight. Each call is VOLATILE plpgsql, so every statement in it takes a fresh
 * snapshot after the locks before it, as separate statements did.
 *
 * - entities_prepare: lock the batch's articles, then the link keys' advisory stripes (one order for
 *   every replica), then read the candidate entities and their first aliases.
 * - entities_store: new entities (the caller's negative refs -1, -2, … name them), aliases, link keys,
 *   the articles' mentions replacing earlier ones (and those of the versions they correct), the counters
 *   moved once per entity, the stage mark.
 * - quotes_prepare: lock the articles, delete their earlier quotes, read the speakers' entity ids.
 * - quotes_candidates: the anchors' advisory stripes, then the stored quotes that share an anchor.
 * - quotes_store: the quotes, their anchors, the stage mark and completion.
 *
 * The helpers (lock_stage_articles, superseded_versions_of, retire_mentions, mark_stage_done, …) are what
 * the TypeScript helpers of the same names ran as statements; those now call them, so each rule is in one place.
 */
export class StageWriteFunctions1765800000000 implements MigrationInterface {
  name = 'StageWriteFunctions1765800000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of FUNCTIONS) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const signature of SIGNATURES) await q.query(`DROP FUNCTION IF EXISTS ${signature}`);
  }
}

const SIGNATURES = [
  'quotes_store(char(32)[], text, char(32)[], int[], text[], int[], int[], text[], text[], int[], int[], text[], bigint[], text[], int[], int[], text[], int[], text[])',
  'quotes_candidates(bigint[], text[], int, int)',
  'quotes_prepare(char(32)[])',
  'entities_store(char(32)[], text, text[], text[], bigint[], text[], text[], text[], text[], text[], bigint[], text[], char(32)[], bigint[], text[], text[], int[], int[], text[])',
  'entities_prepare(char(32)[], bigint[], text[], int)',
  'mark_last_stage_and_complete(char(32)[], text, text)',
  'mark_stage_done(char(32)[], text, text)',
  'retire_mentions(char(32)[])',
  'move_entity_counters(bigint[], int[], int[])',
  'delete_mentions(char(32)[])',
  'superseded_versions_of(char(32)[])',
  'lock_stage_articles(char(32)[])',
];

const FUNCTIONS = [
  // What the foreign keys from mentions and quotes to articles checked row by row, once per batch; the lock
  // holds off a retirement and queues two runs of one stage over one article (see stored-articles.ts).
  `CREATE FUNCTION lock_stage_articles(ids char(32)[]) RETURNS TABLE (id char(32), live boolean)
   LANGUAGE sql VOLATILE AS $$
     SELECT a.id, a.state NOT IN ('superseded', 'retracted') FROM articles a
     WHERE a.id = ANY(ids) ORDER BY a.id FOR NO KEY UPDATE
   $$`,

  `CREATE FUNCTION superseded_versions_of(ids char(32)[]) RETURNS char(32)[]
   LANGUAGE sql STABLE AS $$
     SELECT coalesce(array_agg(p.id), '{}') FROM articles a
     CROSS JOIN LATERAL (SELECT p.id FROM articles p
       WHERE text_key(p.path) = text_key(a.path) AND p.path = a.path AND p.record_index = a.record_index
         AND p.state = 'superseded' OFFSET 0) p
     WHERE a.id = ANY(ids)
   $$`,

  `CREATE FUNCTION delete_mentions(ids char(32)[]) RETURNS TABLE (entity_id bigint, mentions int, articles int)
   LANGUAGE sql VOLATILE AS $$
     WITH gone AS (DELETE FROM mentions WHERE article_id = ANY(ids) RETURNING entity_id, article_id)
     SELECT entity_id, count(*)::int, count(DISTINCT article_id)::int FROM gone GROUP BY entity_id
   $$`,

  // Rows locked in id order with NO KEY UPDATE, so racing batches queue instead of deadlocking.
  `CREATE FUNCTION move_entity_counters(ids bigint[], mentions int[], articles int[]) RETURNS void
   LANGUAGE plpgsql VOLATILE AS $$
   BEGIN
     PERFORM 1 FROM entities e WHERE e.id = ANY(ids) ORDER BY e.id FOR NO KEY UPDATE;
     UPDATE entities e SET mention_count = e.mention_count + d.m, article_count = e.article_count + d.a
     FROM unnest(ids, mentions, articles) AS d(id, m, a) WHERE e.id = d.id;
   END $$`,

  `CREATE FUNCTION retire_mentions(ids char(32)[]) RETURNS void
   LANGUAGE plpgsql VOLATILE AS $$
   DECLARE e bigint[]; m int[]; a int[];
   BEGIN
     SELECT array_agg(g.entity_id), array_agg(-g.mentions), array_agg(-g.articles) INTO e, m, a FROM delete_mentions(ids) g;
     PERFORM move_entity_counters(e, m, a);
   END $$`,

  // clock_timestamp(), not now(): the mark tells when the batch's rows became visible, not when its transaction began.
  // Distinct and sorted: one upsert may not touch a row twice, and racing batches take row locks in one order.
  `CREATE FUNCTION mark_stage_done(ids char(32)[], stage_name text, stage_version text) RETURNS void
   LANGUAGE sql VOLATILE AS $$
     INSERT INTO article_stages (article_id, stage, version, status, error, updated_at)
     SELECT DISTINCT u.id, stage_name, stage_version, 'done', NULL::text, clock_timestamp() FROM unnest(ids) AS u(id) ORDER BY u.id
     ON CONFLICT (article_id, stage) DO UPDATE SET version = EXCLUDED.version, status = EXCLUDED.status,
       error = EXCLUDED.error, updated_at = EXCLUDED.updated_at
   $$`,

  `CREATE FUNCTION mark_last_stage_and_complete(ids char(32)[], stage_name text, stage_version text) RETURNS void
   LANGUAGE plpgsql VOLATILE AS $$
   BEGIN
     UPDATE articles SET state = 'completed', completed_at = coalesce(completed_at, clock_timestamp()) WHERE id = ANY(ids);
     PERFORM mark_stage_done(ids, stage_name, stage_version);
   END $$`,

  `CREATE FUNCTION entities_prepare(ids char(32)[], lock_keys bigint[], link_keys text[], aliases_compared int,
     OUT stored_ids char(32)[], OUT live_ids char(32)[],
     OUT key_keys text[], OUT key_entity_ids bigint[], OUT key_canonicals text[], OUT key_types text[],
     OUT alias_entity_ids bigint[], OUT alias_names text[])
   LANGUAGE plpgsql VOLATILE AS $$
   BEGIN
     SELECT coalesce(array_agg(l.id), '{}'), coalesce(array_agg(l.id) FILTER (WHERE l.live), '{}')
       INTO stored_ids, live_ids FROM lock_stage_articles(ids) l;
     PERFORM pg_advisory_xact_lock(k) FROM unnest(lock_keys) AS k ORDER BY k;
     -- Per-key LATERAL probes (OFFSET 0 keeps them from being flattened) stay index lookups without statistics.
     SELECT array_agg(k.key), array_agg(e.id), array_agg(e.canonical), array_agg(e.type)
       INTO key_keys, key_entity_ids, key_canonicals, key_types
     FROM unnest(link_keys) AS q(key)
     CROSS JOIN LATERAL (SELECT lk.key, lk.entity_id FROM entity_link_keys lk WHERE lk.key = q.key OFFSET 0) k
     CROSS JOIN LATERAL (SELECT en.id, en.canonical, en.type FROM entities en WHERE en.id = k.entity_id OFFSET 0) e;
     SELECT array_agg(q.entity_id), array_agg(a.alias) INTO alias_entity_ids, alias_names
     FROM (SELECT DISTINCT u.entity_id FROM unnest(key_entity_ids) AS u(entity_id)) q
     CROSS JOIN LATERAL (SELECT ea.alias FROM entity_aliases ea WHERE ea.entity_id = q.entity_id
                         ORDER BY ea.created_at LIMIT aliases_compared) a;
   END $$`,

  `CREATE FUNCTION entities_store(ids char(32)[], stage_version text,
     fresh_canonicals text[], fresh_types text[],
     alias_refs bigint[], alias_types text[], alias_names text[], alias_keys text[], alias_reasons text[], alias_name_keys text[],
     key_refs bigint[], key_keys text[],
     m_articles char(32)[], m_refs bigint[], m_texts text[], m_types text[], m_starts int[], m_ends int[], m_canonicals text[])
   RETURNS void LANGUAGE plpgsql VOLATILE AS $$
   DECLARE fresh bigint[]; was_e bigint[]; was_m int[]; was_a int[]; d_e bigint[]; d_m int[]; d_a int[];
   BEGIN
     -- The articles' earlier mentions, and those of the versions they correct, are replaced; counters move once.
     SELECT array_agg(g.entity_id), array_agg(g.mentions), array_agg(g.articles) INTO was_e, was_m, was_a
     FROM delete_mentions(ids || superseded_versions_of(ids)) g;
     fresh := ARRAY(SELECT nextval(pg_get_serial_sequence('entities', 'id')) FROM generate_series(1, cardinality(fresh_canonicals)));
     -- Foreign keys are checked at the end of the statement, when the new entities are in.
     WITH new_entities AS (
       INSERT INTO entities (id, canonical, type) SELECT * FROM unnest(fresh, fresh_canonicals, fresh_types)),
     new_aliases AS (
       INSERT INTO entity_aliases (entity_id, type, alias, alias_key, reason, name_key)
       SELECT CASE WHEN r < 0 THEN fresh[-r] ELSE r END AS entity_id, t, n, k, why, nk
       FROM unnest(alias_refs, alias_types, alias_names, alias_keys, alias_reasons, alias_name_keys) AS a(r, t, n, k, why, nk)
       WHERE k <> '' ORDER BY 1, k ON CONFLICT DO NOTHING)
     INSERT INTO entity_link_keys (key, entity_id)
     SELECT k, CASE WHEN r < 0 THEN fresh[-r] ELSE r END FROM unnest(key_keys, key_refs) AS l(k, r) ORDER BY 1, 2
     ON CONFLICT DO NOTHING;
     -- One row per span and type, as the unique index wants: a plain insert, no per-row conflict check.
     WITH stored AS (
       INSERT INTO mentions (article_id, entity_id, text, type, start_offset, end_offset, canonical)
       SELECT u.a, CASE WHEN u.r < 0 THEN fresh[-u.r] ELSE u.r END, u.t, u.ty, u.s, u.e, u.c
       FROM unnest(m_articles, m_refs, m_texts, m_types, m_starts, m_ends, m_canonicals) AS u(a, r, t, ty, s, e, c)
       RETURNING entity_id, article_id),
     now_counts AS (SELECT entity_id, count(*)::int AS m, count(DISTINCT article_id)::int AS a FROM stored GROUP BY entity_id),
     was_counts AS (SELECT * FROM unnest(was_e, was_m, was_a) AS w(entity_id, m, a)),
     delta AS (
       SELECT coalesce(n.entity_id, w.entity_id) AS entity_id, coalesce(n.m, 0) - coalesce(w.m, 0) AS m, coalesce(n.a, 0) - coalesce(w.a, 0) AS a
       FROM now_counts n FULL JOIN was_counts w ON w.entity_id = n.entity_id)
     SELECT array_agg(entity_id), array_agg(m), array_agg(a) INTO d_e, d_m, d_a FROM delta WHERE m <> 0 OR a <> 0;
     PERFORM move_entity_counters(d_e, d_m, d_a);
     PERFORM mark_stage_done(ids, 'entities', stage_version);
   END $$`,

  `CREATE FUNCTION quotes_prepare(ids char(32)[],
     OUT stored_ids char(32)[], OUT live_ids char(32)[],
     OUT speaker_article_ids char(32)[], OUT speaker_names text[], OUT speaker_entity_ids bigint[])
   LANGUAGE plpgsql VOLATILE AS $$
   BEGIN
     SELECT coalesce(array_agg(l.id), '{}'), coalesce(array_agg(l.id) FILTER (WHERE l.live), '{}')
       INTO stored_ids, live_ids FROM lock_stage_articles(ids) l;
     -- Earlier quotes of the articles, and those of the versions they correct, are replaced.
     DELETE FROM quotes WHERE article_id = ANY(live_ids || superseded_versions_of(live_ids));
     -- A PERSON wins over another type of the same name.
     SELECT array_agg(s.article_id), array_agg(s.canonical), array_agg(s.entity_id)
       INTO speaker_article_ids, speaker_names, speaker_entity_ids
     FROM (SELECT DISTINCT ON (m.article_id, m.canonical) m.article_id, m.canonical, m.entity_id FROM mentions m
           WHERE m.article_id = ANY(live_ids) AND m.type IN ('PERSON', 'ORG', 'LOCATION')
           ORDER BY m.article_id, m.canonical, (m.type = 'PERSON') DESC) s;
   END $$`,

  `CREATE FUNCTION quotes_candidates(lock_keys bigint[], anchors text[], per_anchor int, max_rows int)
   RETURNS TABLE (c_anchor text, c_group_key text, c_text text, c_speaker_entity_id bigint, c_speaker_canonical text)
   LANGUAGE plpgsql VOLATILE AS $$
   BEGIN
     PERFORM pg_advisory_xact_lock(k) FROM unnest(lock_keys) AS k ORDER BY k;
     RETURN QUERY
       SELECT qa.anchor, qt.group_key, qt.text, qt.speaker_entity_id, qt.speaker_canonical
       FROM unnest(anchors) AS k(anchor)
       CROSS JOIN LATERAL (SELECT x.anchor, x.quote_id FROM quote_anchors x WHERE x.anchor = k.anchor LIMIT per_anchor) qa
       CROSS JOIN LATERAL (SELECT y.group_key, y.text, y.speaker_entity_id, y.speaker_canonical FROM quotes y WHERE y.id = qa.quote_id OFFSET 0) qt
       LIMIT max_rows;
   END $$`,

  `CREATE FUNCTION quotes_store(ids char(32)[], stage_version text,
     q_articles char(32)[], q_ordinals int[], q_texts text[], q_starts int[], q_ends int[], q_kinds text[],
     q_speaker_texts text[], q_speaker_starts int[], q_speaker_ends int[], q_speaker_canonicals text[], q_speaker_entity_ids bigint[],
     q_cue_texts text[], q_cue_starts int[], q_cue_ends int[], q_group_keys text[],
     anchor_rows int[], anchor_keys text[])
   RETURNS void LANGUAGE plpgsql VOLATILE AS $$
   BEGIN
     -- The q_ arrays hold one quote per position; anchor_rows point at those positions (1-based).
     WITH u AS (
       SELECT * FROM unnest(q_articles, q_ordinals, q_texts, q_starts, q_ends, q_kinds,
         q_speaker_texts, q_speaker_starts, q_speaker_ends, q_speaker_canonicals, q_speaker_entity_ids,
         q_cue_texts, q_cue_starts, q_cue_ends, q_group_keys) WITH ORDINALITY
         AS u(article_id, ordinal, text, start_offset, end_offset, kind, speaker_text, speaker_start, speaker_end,
           speaker_canonical, speaker_entity_id, cue_text, cue_start, cue_end, group_key, row_no)),
     inserted AS (
       INSERT INTO quotes (article_id, ordinal, text, start_offset, end_offset, kind, speaker_text, speaker_start, speaker_end,
         speaker_canonical, speaker_entity_id, cue_text, cue_start, cue_end, group_key, article_title, article_source, article_date, article_dated)
       SELECT u.article_id, u.ordinal, u.text, u.start_offset, u.end_offset, u.kind, u.speaker_text, u.speaker_start, u.speaker_end,
         u.speaker_canonical, u.speaker_entity_id, u.cue_text, u.cue_start, u.cue_end, u.group_key,
         a.title, a.source, coalesce(a.published_at, a.received_at), a.published_at IS NOT NULL
       FROM u JOIN articles a ON a.id = u.article_id
       RETURNING id, article_id, ordinal)
     -- The quotes are new rows and each quote's anchors are distinct: no pair can exist yet.
     INSERT INTO quote_anchors (anchor, quote_id)
     SELECT p.anchor, i.id FROM unnest(anchor_rows, anchor_keys) AS p(row_no, anchor)
     JOIN u ON u.row_no = p.row_no
     JOIN inserted i ON i.article_id = u.article_id AND i.ordinal = u.ordinal;
     PERFORM mark_last_stage_and_complete(ids, 'quotes', stage_version);
   END $$`,
];
