import { DataSource, EntityManager } from 'typeorm';
import { ArticleMetadata } from '@newsflow/contracts';
import { offsetMinutesOf } from '@newsflow/text';
import { BatchLshIndex, BodyFingerprint, DedupeEngine, DuplicateDecision } from '@newsflow/dedupe';
import { PromotedArticle, handOverCluster, handOverClusters, pendingHeirs, retireArticles, retireDerivedRows } from './article-lifecycle';
import { Predecessor, currentVersionsOf, pendingHeirsBySuccessor, versionRounds, withoutCluster } from './article-versions';
import { OutletBoilerplateRepository } from './outlet-boilerplate.repository';
import { lookupFingerprints, storeFingerprints } from './postgres-lsh-index';
import { markStageDone } from './stage-status.repository';
import { supersededVersionsOf } from './stored-articles';

export interface IncomingArticle {
  id: string;
  fileHash: string;
  recordIndex: number;
  path: string;
  format: string;
  encoding: string;
  meta: ArticleMetadata;
  text: string;
  body: string;
  boilerplate: Array<{ start: number; end: number; reason?: string }>;
  droppedAt: number;
  /** The outlet and the distinct line keys of the text, counted towards learned boilerplate. */
  outletLines?: { outlet: string; lineKeys: string[] };
}

export interface DedupeVerdict {
  duplicateOf: string | null;
  similarity: number | null;
  kind: 'exact' | 'near' | null;
}

export interface StoredVerdict {
  verdict: DedupeVerdict;
  /** The article was stored before (a redelivery): its first verdict stands. */
  redelivered: boolean;
  /** The version this article replaced (a correction at the same path), and its own version number. */
  previousVersion: string | null;
  version: number;
  /** Duplicates promoted to original because this version's predecessor headed their cluster: they need extraction. */
  promoted: PromotedArticle[];
}

interface Judged {
  article: IncomingArticle;
  fp: BodyFingerprint;
  decision: DuplicateDecision;
  previous: Predecessor | null;
  /** Older than the current version (its file changed before): stored as superseded, never judged or extracted. */
  late: boolean;
}


/**
 * Stores a batch of articles with their dedupe verdicts in one transaction, one statement per table. The
 * index lookup takes advisory locks on every body hash and LSH band key of the batch, so two replicas
 * that see near-identical articles at once agree on one cluster; articles of the batch are judged in
 * order against what was stored before and against the batch's earlier articles.
 */
export class ArticleDedupeRepository {
  constructor(
    private readonly db: DataSource,
    private readonly engine: DedupeEngine,
  ) {}

  async store(article: IncomingArticle, stageVersion: string): Promise<StoredVerdict> {
    return (await this.storeBatch([article], stageVersion))[0];
  }

  /**
   * One verdict per article, in order. An article at a path and record that already has a current version
   * is a correction: that version is superseded in this transaction before the new one is judged, and the
   * new one is judged without its old version's cluster, so it is not taken for a copy of itself. The old
   * version's mentions and quotes are replaced by the stages that store the new version's.
   */
  async storeBatch(articles: IncomingArticle[], stageVersion: string): Promise<StoredVerdict[]> {
    const fps = new Map(articles.map((a) => [a.id, this.engine.fingerprint(a.body)]));
    return this.db.transaction(async (tx) => {
      const stored = await this.storedOf(tx, articles.map((a) => a.id));
      const fresh = new Map<string, IncomingArticle>();
      for (const article of articles) if (!stored.has(article.id) && !fresh.has(article.id)) fresh.set(article.id, article);
      // Two versions of one record in a batch are stored one after the other.
      for (const round of versionRounds([...fresh.values()])) {
        for (const [id, verdict] of await this.storeRound(tx, round, fps, stageVersion)) stored.set(id, verdict);
      }
      const redelivered = articles.filter((a) => !fresh.has(a.id)).map((a) => a.id);
      // A redelivered correction sends its promoted duplicates again, in case the first delivery's sends were lost.
      const heirs = await pendingHeirsBySuccessor(tx, redelivered);
      return articles.map((a) => {
        const v = stored.get(a.id)!;
        return fresh.has(a.id) ? v : { ...v, redelivered: true, promoted: heirs.get(a.id) ?? [] };
      });
    });
  }

  private async storeRound(tx: EntityManager, round: IncomingArticle[], fps: Map<string, BodyFingerprint>, stageVersion: string): Promise<Map<string, StoredVerdict>> {
    const previous = await currentVersionsOf(tx, round);
    // A version whose file is older than the current one's arrives late (redelivered after a newer one was stored).
    // (The stored time is whole milliseconds: a millisecond of slack keeps a fractional mtime from looking older.)
    const late = new Set(round.filter((a) => (previous.get(a.id)?.droppedAt ?? -Infinity) > a.droppedAt + 1).map((a) => a.id));
    // Their mentions and quotes stay until the new versions' own replace them (or below, for a duplicate).
    await retireArticles(tx, round.flatMap((a) => {
      const p = previous.get(a.id);
      return p && !p.retracted && !late.has(a.id) ? [{ id: p.id, state: 'superseded' as const, supersededBy: a.id }] : [];
    }), true);
    const looked = await lookupFingerprints(tx, round.map((a) => fps.get(a.id)!));
    for (const a of round) {
      const p = previous.get(a.id);
      if (p) withoutCluster(looked, fps.get(a.id)!.bodyHash, p.id);
    }
    const index = new BatchLshIndex(looked);
    const judged: Judged[] = [];
    for (const article of round) {
      const fp = fps.get(article.id)!;
      const previousVersion = previous.get(article.id) ?? null;
      if (late.has(article.id)) {
        judged.push({ article, fp, decision: NOT_JUDGED, previous: previousVersion, late: true });
        continue;
      }
      const decision = await this.engine.findDuplicate(fp, index);
      await this.engine.remember(article.id, fp, decision, index);
      judged.push({ article, fp, decision, previous: previousVersion, late: false });
    }
    await this.insert(tx, judged);
    await storeFingerprints(tx, index.added);
    // Copies of one story would make its own lines look like furniture: count originals only.
    await OutletBoilerplateRepository.countArticles(tx, judged.flatMap((j) => (j.article.outletLines && !j.decision.duplicateOf && !j.late ? [j.article.outletLines] : [])));
    await markStageDone(tx, judged.map((j) => j.article.id), 'dedupe', stageVersion);
    // A version that is a duplicate goes to no extraction: what its old versions derived goes now.
    const duplicates = judged.filter((j) => j.decision.duplicateOf && j.previous && !j.late).map((j) => j.article.id);
    await retireDerivedRows(tx, await supersededVersionsOf(tx, duplicates));
    // An old version's cluster goes to its new version when that is an original, else to its earliest copy.
    await handOverClusters(tx, judged.filter((j) => headed(j) && !j.decision.duplicateOf).map((j) => ({ retiredId: j.previous!.id, heir: j.article.id })));
    const verdicts = new Map<string, StoredVerdict>();
    for (const j of judged) {
      const promoted: PromotedArticle[] = [];
      if (headed(j) && j.decision.duplicateOf && (await handOverCluster(tx, j.previous!.id))) promoted.push(...(await pendingHeirs(tx, [j.previous!.id])));
      verdicts.set(j.article.id, {
        verdict: { duplicateOf: j.decision.duplicateOf, similarity: j.decision.similarity, kind: j.decision.kind },
        redelivered: false,
        previousVersion: previousOf(j),
        version: versionOf(j),
        promoted,
      });
    }
    return verdicts;
  }

  /** Articles stored before (redeliveries): their first verdict stands. */
  private async storedOf(tx: EntityManager, ids: string[]): Promise<Map<string, StoredVerdict>> {
    const rows: Array<{ id: string; duplicate_of: string | null; similarity: number | null; duplicate_kind: string | null; previous_version: string | null; version: number }> =
      await tx.query(
        `SELECT id, duplicate_of, similarity, duplicate_kind, previous_version, version FROM articles WHERE id = ANY($1::char(32)[])`,
        [ids],
      );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          verdict: { duplicateOf: r.duplicate_of, similarity: r.similarity, kind: (r.duplicate_kind as DedupeVerdict['kind']) ?? null },
          redelivered: true,
          previousVersion: r.previous_version,
          version: r.version,
          promoted: [],
        },
      ]),
    );
  }

  private async insert(tx: EntityManager, judged: Judged[]): Promise<void> {
    if (judged.length === 0) return;
    const col = <T>(f: (j: Judged) => T) => judged.map(f);
    await tx.query(
      `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, title, text, body, boilerplate, source, url,
         byline, dateline, published_at, published_offset_minutes, body_hash, state, duplicate_of, similarity, duplicate_kind, dropped_at,
         version, previous_version, superseded_by, superseded_at, received_at)
       SELECT id, file_hash, record_index, path, format, encoding, title, text, body, boilerplate, source, url,
         byline, dateline, published_at, published_offset_minutes, body_hash, state, duplicate_of, similarity, duplicate_kind,
         to_timestamp(dropped_ms / 1000.0), version, previous_version, superseded_by, CASE WHEN superseded_by IS NOT NULL THEN now() END,
         clock_timestamp()
       FROM unnest($1::char(32)[], $2::char(64)[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
         $10::jsonb[], $11::text[], $12::text[], $13::text[], $14::text[], $15::timestamptz[], $22::smallint[], $16::char(64)[], $17::text[],
         $18::char(32)[], $19::real[], $20::text[], $21::float8[], $23::int[], $24::char(32)[], $25::char(32)[])
         AS u(id, file_hash, record_index, path, format, encoding, title, text, body, boilerplate, source, url,
           byline, dateline, published_at, published_offset_minutes, body_hash, state, duplicate_of, similarity, duplicate_kind, dropped_ms,
           version, previous_version, superseded_by)`,
      [
        col((j) => j.article.id), col((j) => j.article.fileHash), col((j) => j.article.recordIndex), col((j) => j.article.path),
        col((j) => j.article.format), col((j) => j.article.encoding), col((j) => j.article.meta.title ?? null), col((j) => j.article.text),
        col((j) => j.article.body), col((j) => JSON.stringify(j.article.boilerplate)), col((j) => j.article.meta.source ?? null),
        col((j) => j.article.meta.url ?? null), col((j) => j.article.meta.byline ?? null), col((j) => j.article.meta.dateline ?? null),
        col((j) => j.article.meta.publishedAt ?? null), col((j) => j.fp.bodyHash), col((j) => (j.late ? 'superseded' : j.decision.duplicateOf ? 'duplicate' : 'accepted')),
        col((j) => j.decision.duplicateOf), col((j) => j.decision.similarity), col((j) => j.decision.kind), col((j) => j.article.droppedAt),
        col((j) => (j.article.meta.publishedAt ? offsetMinutesOf(j.article.meta.publishedAt) : null)),
        col(versionOf), col(previousOf), col((j) => (j.late ? j.previous!.id : null)),
      ],
    );
  }
}

/** Stands in for a verdict on a late version, which is not judged. */
const NOT_JUDGED: DuplicateDecision = { duplicateOf: null, matchedId: null, similarity: null, containment: null, coverage: null, kind: null };

/** Numbered after every version at its path, late ones included: numbers follow arrival. */
const versionOf = (j: Judged) => (j.previous ? j.previous.lastVersion + 1 : 1);
/** The version this one replaced headed a cluster (which then needs a new head). */
const headed = (j: Judged) => !!j.previous?.headsCluster && !j.previous.retracted && !j.late;
/** A late version replaced nothing. */
const previousOf = (j: Judged) => (j.late ? null : j.previous?.id ?? null);
