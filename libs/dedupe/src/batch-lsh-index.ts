import { BodyFingerprint } from './fingerprint';
import { InMemoryLshIndex } from './in-memory-lsh-index';
import { BandKey } from './lsh';
import { IndexLookup, LshIndex } from './lsh-index';

export interface AddedFingerprint {
  id: string;
  fp: BodyFingerprint;
  clusterId: string;
}

/**
 * The index one batch of articles is judged against: what was stored before the batch (looked up once for
 * the whole batch, keyed by each article's body hash) plus the batch's own earlier articles, so two copies
 * of one story in the same batch still form one cluster. What the batch adds is kept for one write.
 */
export class BatchLshIndex implements LshIndex {
  private readonly batch = new InMemoryLshIndex();
  readonly added: AddedFingerprint[] = [];

  constructor(private readonly stored: ReadonlyMap<string, IndexLookup>) {}

  lookup(bodyHash: string, bandKeys: readonly BandKey[]): IndexLookup {
    const before = this.stored.get(bodyHash);
    if (before?.exact) return before;
    const here = this.batch.lookup(bodyHash, bandKeys);
    if (here.exact) return here;
    return { exact: null, candidates: [...(before?.candidates ?? []), ...here.candidates] };
  }

  add(id: string, fp: BodyFingerprint, clusterId: string): void {
    this.batch.add(id, fp, clusterId);
    this.added.push({ id, fp, clusterId });
  }
}
