import { EntityManager } from 'typeorm';
import { BandKey, LshIndex, StoredArticleRef, StoredFingerprint, StoredFingerprintExtras } from '@newsflow/dedupe';

const toBytes = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const toUint32 = (b: Buffer) => {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint32Array(copy.buffer);
};

/** The dedupe engine's fingerprint index in PostgreSQL (band keys in an indexed table), bound to one transaction. */
export class PostgresLshIndex implements LshIndex {
  constructor(private readonly tx: EntityManager) {}

  async findExact(bodyHash: string): Promise<StoredArticleRef | null> {
    const rows: Array<{ article_id: string; cluster_id: string }> = await this.tx.query(
      `SELECT article_id, cluster_id FROM dedupe_signatures WHERE body_hash = $1 ORDER BY cluster_id = article_id DESC LIMIT 1`,
      [bodyHash],
    );
    return rows.length ? { id: rows[0].article_id, clusterId: rows[0].cluster_id } : null;
  }

  async candidates(bandKeys: readonly BandKey[]): Promise<StoredFingerprint[]> {
    if (bandKeys.length === 0) return [];
    const rows: Array<{ article_id: string; cluster_id: string; signature: Buffer; shingles: Buffer }> = await this.tx.query(
      // Per-key LATERAL probes, fenced with OFFSET 0 so they are not flattened into a hash join, stay index
      // lookups even before the tables have statistics;
      // as `= ANY(...)` the planner chose parallel sequential scans of every band and signature.
      `SELECT s.article_id, s.cluster_id, s.signature, s.shingles
       FROM (SELECT DISTINCT b.article_id FROM unnest($1::bigint[]) AS k(band_key)
             CROSS JOIN LATERAL (SELECT article_id FROM lsh_bands WHERE band_key = k.band_key OFFSET 0) b) c
       CROSS JOIN LATERAL (SELECT article_id, cluster_id, signature, shingles FROM dedupe_signatures WHERE article_id = c.article_id OFFSET 0) s`,
      [bandKeys],
    );
    return rows.map((r) => ({ id: r.article_id, clusterId: r.cluster_id, signature: toUint32(r.signature), shingles: toUint32(r.shingles) }));
  }

  async add(id: string, bandKeys: readonly BandKey[], signature: Uint32Array, extras: StoredFingerprintExtras): Promise<void> {
    await this.tx.query(
      `INSERT INTO dedupe_signatures (article_id, cluster_id, body_hash, signature, shingles) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (article_id) DO NOTHING`,
      [id, extras.clusterId, extras.bodyHash, toBytes(signature), toBytes(extras.shingles)],
    );
    if (bandKeys.length) {
      await this.tx.query(
        `INSERT INTO lsh_bands (band_key, article_id) SELECT DISTINCT k, $2 FROM unnest($1::bigint[]) AS k ON CONFLICT DO NOTHING`,
        [bandKeys, id],
      );
    }
  }
}
