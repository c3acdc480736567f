import { BodyFingerprint } from './fingerprint';
import { BandKey } from './lsh';
import { IndexLookup, LshIndex, StoredArticleRef, StoredFingerprint } from './lsh-index';

/** LshIndex in process memory: for the CLI, tests and benchmarks. The first article per body hash wins. */
export class InMemoryLshIndex implements LshIndex {
  private readonly byBand = new Map<BandKey, StoredFingerprint[]>();
  private readonly byBodyHash = new Map<string, StoredArticleRef>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  lookup(bodyHash: string, bandKeys: readonly BandKey[]): IndexLookup {
    const exact = this.byBodyHash.get(bodyHash) ?? null;
    if (exact) return { exact, candidates: [] };
    const found = new Map<string, StoredFingerprint>();
    for (const key of bandKeys) for (const stored of this.byBand.get(key) ?? []) found.set(stored.id, stored);
    return { exact: null, candidates: [...found.values()] };
  }

  add(id: string, fp: BodyFingerprint, clusterId: string): void {
    const stored: StoredFingerprint = { id, clusterId, shingles: fp.shingles };
    for (const key of fp.bandKeys) {
      const bucket = this.byBand.get(key);
      if (bucket) bucket.push(stored);
      else this.byBand.set(key, [stored]);
    }
    if (!this.byBodyHash.has(fp.bodyHash)) this.byBodyHash.set(fp.bodyHash, { id, clusterId });
    this.count++;
  }
}
