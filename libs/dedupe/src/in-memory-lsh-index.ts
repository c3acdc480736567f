import { BandKey } from './lsh';
import { LshIndex, StoredArticleRef, StoredFingerprint, StoredFingerprintExtras } from './lsh-index';

/** LshIndex in process memory: for the CLI, tests and benchmarks. The first article per body hash wins. */
export class InMemoryLshIndex implements LshIndex {
  private readonly byBand = new Map<BandKey, StoredFingerprint[]>();
  private readonly byBodyHash = new Map<string, StoredArticleRef>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  findExact(bodyHash: string): StoredArticleRef | null {
    return this.byBodyHash.get(bodyHash) ?? null;
  }

  candidates(bandKeys: readonly BandKey[]): StoredFingerprint[] {
    const found = new Map<string, StoredFingerprint>();
    for (const key of bandKeys) for (const stored of this.byBand.get(key) ?? []) found.set(stored.id, stored);
    return [...found.values()];
  }

  add(id: string, bandKeys: readonly BandKey[], signature: Uint32Array, extras: StoredFingerprintExtras): void {
    const stored: StoredFingerprint = { id, clusterId: extras.clusterId, signature, shingles: extras.shingles };
    for (const key of bandKeys) {
      const bucket = this.byBand.get(key);
      if (bucket) bucket.push(stored);
      else this.byBand.set(key, [stored]);
    }
    if (!this.byBodyHash.has(extras.bodyHash)) this.byBodyHash.set(extras.bodyHash, { id, clusterId: extras.clusterId });
    this.count++;
  }
}
