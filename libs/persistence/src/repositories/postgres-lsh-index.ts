import { EntityManager } from 'typeorm';
import { AddedFingerprint, BandKey, BodyFingerprint, IndexLookup, LshIndex } from '@newsflow/dedupe';
import { LOCK_NAMESPACES, stripeLockKeys } from './advisory-locks';

const toBytes = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const toUint32 = (b: Buffer) => {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint32Array(copy.buffer);
};
const arrayLiteral = (keys: readonly BandKey[]) => `{${keys.join(',')}}`;

type Probe = Pick<BodyFingerprint, 'bodyHash' | 'bandKeys'>;

/**
 * Looks up a batch of fingerprints in one round trip, keyed by body hash. It first takes the advisory locks
 * of every body hash and band key, held until commit, so two replicas that see near-identical articles at
 * once agree on one cluster.
 */
export async function lookupFingerprints(tx: EntityManager, all: readonly Probe[]): Promise<Map<string, IndexLookup>> {
  const found = new Map<string, IndexLookup>();
  const probes = [...new Map(all.map((p) => [p.bodyHash, p])).values()];
  if (probes.length === 0) return found;
  const lockKeys = stripeLockKeys(LOCK_NAMESPACES.dedupe, probes.flatMap((p) => [p.bodyHash, ...p.bandKeys.map(String)]));
  const rows: Array<{ probe: number; article_id: string; cluster_id: string; exact: boolean; shingles: Buffer | null }> = await tx.query(
    `SELECT probe, article_id, cluster_id, exact, shingles FROM dedupe_lookup_batch($1::bigint[], $2::char(64)[], $3::text[])`,
    [lockKeys, probes.map((p) => p.bodyHash), probes.map((p) => arrayLiteral(p.bandKeys))],
  );
  for (const p of probes) found.set(p.bodyHash, { exact: null, candidates: [] });
  // The function returns a probe's exact match or else its candidates, each signature once per probe.
  for (const r of rows) {
    const lookup = found.get(probes[r.probe - 1].bodyHash)!;
    if (r.exact) lookup.exact = { id: r.article_id, clusterId: r.cluster_id };
    else lookup.candidates.push({ id: r.article_id, clusterId: r.cluster_id, shingles: toUint32(r.shingles!) });
  }
  return found;
}

/** Stores the fingerprints a batch added, in one statement. */
export async function storeFingerprints(tx: EntityManager, added: readonly AddedFingerprint[]): Promise<void> {
  if (added.length === 0) return;
  await tx.query(
    `INSERT INTO dedupe_signatures (article_id, cluster_id, body_hash, band_keys, shingles)
     SELECT u.id, u.cluster, u.hash, u.bands::bigint[], u.shingles FROM unnest($1::char(32)[], $2::char(32)[], $3::char(64)[], $4::text[], $5::bytea[]) AS u(id, cluster, hash, bands, shingles)
     ON CONFLICT (article_id) DO NOTHING`,
    [added.map((a) => a.id), added.map((a) => a.clusterId), added.map((a) => a.fp.bodyHash), added.map((a) => arrayLiteral(a.fp.bandKeys)), added.map((a) => toBytes(a.fp.shingles))],
  );
}

/** The dedupe engine's fingerprint index in PostgreSQL for one article at a time, bound to one transaction. */
export class PostgresLshIndex implements LshIndex {
  constructor(private readonly tx: EntityManager) {}

  async lookup(bodyHash: string, bandKeys: readonly BandKey[]): Promise<IndexLookup> {
    return (await lookupFingerprints(this.tx, [{ bodyHash, bandKeys: [...bandKeys] }])).get(bodyHash)!;
  }

  async add(id: string, fp: BodyFingerprint, clusterId: string): Promise<void> {
    await storeFingerprints(this.tx, [{ id, fp, clusterId }]);
  }
}
