import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * LSH band keys move from one lsh_bands row per band (84 heap rows, two btree entries and a foreign-key
 * check each) into a bigint[] on the signature row with a GIN index, so storing an article writes one
 * row. The MinHash signature column goes: candidates are confirmed on their exact shingle sets.
 * dedupe_lookup takes the advisory locks, then probes with a fresh snapshot (a volatile function takes
 * one per statement), so one round trip both serialises near-identical articles and finds the match.
 * Its probes never scan the table: with or without statistics, the planner prices an overlap with 84
 * all-unique keys at a third of the rows and would otherwise read every signature.
 */
export class LshBandArrays1764300000000 implements MigrationInterface {
  name = 'LshBandArrays1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dedupe_signatures ADD COLUMN band_keys bigint[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE dedupe_signatures s SET band_keys = b.keys
      FROM (SELECT article_id, array_agg(band_key ORDER BY band_key) AS keys FROM lsh_bands GROUP BY article_id) b
      WHERE b.article_id = s.article_id`);
    await q.query(`ALTER TABLE dedupe_signatures ALTER COLUMN band_keys DROP DEFAULT, DROP COLUMN signature`);
    // Without the pending list every lookup reads a fixed number of pages; with it, lookups scan the list.
    await q.query(`CREATE INDEX dedupe_signatures_band_keys ON dedupe_signatures USING gin (band_keys) WITH (fastupdate = off)`);
    await q.query(`DROP TABLE lsh_bands`);
    await q.query(`
      CREATE FUNCTION dedupe_lookup(lock_keys bigint[], probe_hash char(64), probe_bands bigint[])
      RETURNS TABLE (article_id char(32), cluster_id char(32), exact boolean, shingles bytea)
      LANGUAGE plpgsql VOLATILE SET enable_seqscan = off AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(k) FROM unnest(lock_keys) AS k ORDER BY k;
        RETURN QUERY SELECT s.article_id, s.cluster_id, true, NULL::bytea FROM dedupe_signatures s
          WHERE s.body_hash = probe_hash ORDER BY s.cluster_id = s.article_id DESC LIMIT 1;
        IF NOT FOUND AND cardinality(probe_bands) > 0 THEN
          RETURN QUERY SELECT s.article_id, s.cluster_id, false, s.shingles FROM dedupe_signatures s WHERE s.band_keys && probe_bands;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION dedupe_lookup(bigint[], char, bigint[])`);
    await q.query(`
      CREATE TABLE lsh_bands (
        band_key bigint NOT NULL,
        article_id char(32) NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      )`);
    await q.query(`INSERT INTO lsh_bands (band_key, article_id) SELECT DISTINCT unnest(band_keys), article_id FROM dedupe_signatures`);
    await q.query(`CREATE INDEX lsh_bands_article ON lsh_bands (article_id)`);
    await q.query(`DROP INDEX dedupe_signatures_band_keys`);
    // The dropped signatures cannot be rebuilt here; the older code only read them when shingles were missing.
    await q.query(`ALTER TABLE dedupe_signatures DROP COLUMN band_keys, ADD COLUMN signature bytea NOT NULL DEFAULT ''`);
  }
}
