import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * dedupe_lookup for a whole batch in one round trip: the advisory locks of every article's body hash and
 * band keys (sorted, so racing replicas queue instead of deadlocking), then, with a snapshot taken after
 * them, each probe's exact match or else its band candidates. Probes are 1-based positions in the arrays;
 * band keys come as text array literals because PostgreSQL cannot unnest a ragged array of arrays.
 * The one-article dedupe_lookup stays for a replica of the previous version during a rolling upgrade.
 */
export class BatchDedupeLookup1764800000000 implements MigrationInterface {
  name = 'BatchDedupeLookup1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION dedupe_lookup_batch(lock_keys bigint[], probe_hashes char(64)[], probe_bands text[])
      RETURNS TABLE (probe int, article_id char(32), cluster_id char(32), exact boolean, shingles bytea)
      LANGUAGE plpgsql VOLATILE SET enable_seqscan = off AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(k) FROM unnest(lock_keys) AS k ORDER BY k;
        RETURN QUERY
          WITH p AS (
            SELECT u.i::int AS probe, u.h AS hash, u.b::bigint[] AS bands
            FROM unnest(probe_hashes, probe_bands) WITH ORDINALITY AS u(h, b, i)),
          hit AS (
            SELECT p.probe, e.article_id, e.cluster_id FROM p
            CROSS JOIN LATERAL (SELECT s.article_id, s.cluster_id FROM dedupe_signatures s WHERE s.body_hash = p.hash
                                ORDER BY s.cluster_id = s.article_id DESC LIMIT 1) e)
          SELECT h.probe, h.article_id, h.cluster_id, true, NULL::bytea FROM hit h
          UNION ALL
          SELECT p.probe, c.article_id, c.cluster_id, false, c.shingles FROM p
          CROSS JOIN LATERAL (SELECT s.article_id, s.cluster_id, s.shingles FROM dedupe_signatures s
                              WHERE s.band_keys && p.bands OFFSET 0) c
          WHERE cardinality(p.bands) > 0 AND NOT EXISTS (SELECT 1 FROM hit h WHERE h.probe = p.probe);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION dedupe_lookup_batch(bigint[], char(64)[], text[])`);
  }
}
