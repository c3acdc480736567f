import { EntityManager } from 'typeorm';
import { BandKey, BodyFingerprint, IndexLookup, LshIndex } from '@newsflow/dedupe';
import { lockKeyFromHex } from './advisory-locks';

const toBytes = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const toUint32 = (b: Buffer) => {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint32Array(copy.buffer);
};

/**
 * The dedupe engine's fingerprint index in PostgreSQL (band keys in a GIN-indexed array on the signature
 * row), bound to one transaction. A lookup first takes advisory locks on the body hash and the band keys,
 * held until commit, so two replicas that see near-identical articles at once agree on one cluster.
 */
export class PostgresLshIndex implements LshIndex {
  constructor(private readonly tx: EntityManager) {}

  async lookup(bodyHash: string, bandKeys: readonly BandKey[]): Promise<IndexLookup> {
    const rows: Array<{ article_id: string; cluster_id: string; exact: boolean; shingles: Buffer | null }> = await this.tx.query(
      `SELECT article_id, cluster_id, exact, shingles FROM dedupe_lookup($1::bigint[], $2, $3::bigint[])`,
      [[lockKeyFromHex(bodyHash), ...bandKeys.map(String)], bodyHash, bandKeys],
    );
    const exact = rows.find((r) => r.exact);
    if (exact) return { exact: { id: exact.article_id, clusterId: exact.cluster_id }, candidates: [] };
    return { exact: null, candidates: rows.map((r) => ({ id: r.article_id, clusterId: r.cluster_id, shingles: toUint32(r.shingles!) })) };
  }

  async add(id: string, fp: BodyFingerprint, clusterId: string): Promise<void> {
    await this.tx.query(
      `INSERT INTO dedupe_signatures (article_id, cluster_id, body_hash, band_keys, shingles) VALUES ($1, $2, $3, $4::bigint[], $5)
       ON CONFLICT (article_id) DO NOTHING`,
      [id, clusterId, fp.bodyHash, fp.bandKeys, toBytes(fp.shingles)],
    );
  }
}
