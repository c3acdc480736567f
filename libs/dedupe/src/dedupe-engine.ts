import { DedupeConfig, resolveDedupeConfig } from './config';
import { BodyFingerprint, FingerprintHashers, fingerprintBody } from './fingerprint';
import { LshIndex, StoredFingerprint } from './lsh-index';
import { createMinHasher } from './minhash';
import { exactOverlap, sharedRunWords } from './similarity';

export type DuplicateKind = 'exact' | 'near';

export interface DuplicateDecision {
  /** The first article of the matched story cluster, or null for a new story. */
  duplicateOf: string | null;
  /** The stored article this body matched best (may be a later member of the cluster). */
  matchedId: string | null;
  /** Shingle Jaccard with matchedId (1 for exact); null for a new story. */
  similarity: number | null;
  /** Share of the shorter body's shingles found in the other; null when not computed. */
  containment: number | null;
  /** Share of the shorter body's words in runs of text both hold (sharedRunWords); null when not computed. */
  coverage: number | null;
  kind: DuplicateKind | null;
}

const NEW_STORY: DuplicateDecision = Object.freeze({ duplicateOf: null, matchedId: null, similarity: null, containment: null, coverage: null, kind: null });

interface Match {
  stored: StoredFingerprint;
  jaccard: number;
  containment: number;
  coverage: number;
}

/**
 * Decides whether a body repeats an earlier article: same normalised body hash first, then MinHash
 * LSH candidates confirmed by exact shingle overlap (Jaccard, or shared runs covering the shorter
 * body). Works on the body with boilerplate already removed, so shared furniture cannot merge
 * different articles, and refuses near matches for bodies too short to tell apart.
 */
export class DedupeEngine {
  private constructor(
    readonly config: DedupeConfig,
    private readonly hashers: FingerprintHashers,
  ) {}

  static async create(config: Partial<DedupeConfig> = {}): Promise<DedupeEngine> {
    const resolved = resolveDedupeConfig(config);
    const { bands, rows, ledeBands, seed } = resolved;
    const lede = ledeBands > 0 ? await createMinHasher(ledeBands * rows, seed) : null;
    return new DedupeEngine(resolved, { body: await createMinHasher(bands * rows, seed), lede });
  }

  fingerprint(body: string): BodyFingerprint {
    return fingerprintBody(body, this.hashers, this.config);
  }

  async findDuplicate(body: string | BodyFingerprint, index: LshIndex): Promise<DuplicateDecision> {
    const fp = typeof body === 'string' ? this.fingerprint(body) : body;
    if (fp.wordCount < this.config.minExactWords) return NEW_STORY;

    const { exact, candidates } = await index.lookup(fp.bodyHash, fp.bandKeys);
    if (exact) return { duplicateOf: exact.clusterId, matchedId: exact.id, similarity: 1, containment: 1, coverage: 1, kind: 'exact' };

    let best: Match | null = null;
    for (const stored of candidates) {
      const match = this.compare(fp, stored);
      if (match && (!best || match.jaccard > best.jaccard)) best = match;
    }
    if (!best) return NEW_STORY;
    return {
      duplicateOf: best.stored.clusterId,
      matchedId: best.stored.id,
      similarity: best.jaccard,
      containment: best.containment,
      coverage: best.coverage,
      kind: 'near',
    };
  }

  /** Stores the article so later ones can match it; a duplicate joins its match's cluster. */
  async remember(id: string, fp: BodyFingerprint, decision: DuplicateDecision, index: LshIndex): Promise<void> {
    if (fp.wordCount < this.config.minExactWords) return;
    await index.add(id, fp, decision.duplicateOf ?? id);
  }

  /** findDuplicate then remember: the whole step for one incoming article. */
  async process(id: string, body: string, index: LshIndex): Promise<DuplicateDecision> {
    const fp = this.fingerprint(body);
    const decision = await this.findDuplicate(fp, index);
    await this.remember(id, fp, decision, index);
    return decision;
  }

  private compare(fp: BodyFingerprint, stored: StoredFingerprint): Match | null {
    const { jaccardThreshold, coverageThreshold, minContainmentShingles, shingleSize } = this.config;
    const overlap = exactOverlap(fp.shingles, stored.shingles);
    // A shared run of r shingles covers r + size - 1 ≤ r × size words: under this, neither threshold is reachable.
    if (overlap.containment < Math.min(jaccardThreshold, coverageThreshold / shingleSize)) return null;
    // Words of the shorter body, estimated from its distinct shingles (the stored body's text is not kept).
    const shorterWords = overlap.smallerSize + shingleSize - 1;
    const coverage = Math.min(1, sharedRunWords(fp.sequence, shingleSize, stored.shingles, this.config.minRunShingles) / shorterWords);
    const similar = overlap.jaccard >= jaccardThreshold;
    const covered = coverage >= coverageThreshold && overlap.smallerSize >= minContainmentShingles;
    return similar || covered ? { stored, jaccard: overlap.jaccard, containment: overlap.containment, coverage } : null;
  }
}
