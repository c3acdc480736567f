import { DataSource, EntityManager } from 'typeorm';
import { ArticleMetadata } from '@newsflow/contracts';
import { offsetMinutesOf } from '@newsflow/text';
import { BatchLshIndex, BodyFingerprint, DedupeEngine, DuplicateDecision } from '@newsflow/dedupe';
import { OutletBoilerplateRepository } from './outlet-boilerplate.repository';
import { lookupFingerprints, storeFingerprints } from './postgres-lsh-index';
import { markStageDone } from './stage-status.repository';

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
}

interface Judged {
  article: IncomingArticle;
  fp: BodyFingerprint;
  decision: DuplicateDecision;
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

  /** One verdict per article, in order. */
  async storeBatch(articles: IncomingArticle[], stageVersion: string): Promise<StoredVerdict[]> {
    const fps = articles.map((a) => this.engine.fingerprint(a.body));
    return this.db.transaction(async (tx) => {
      const verdicts = await this.verdictsOf(tx, articles.map((a) => a.id));
      const fresh = new Map<string, { article: IncomingArticle; fp: BodyFingerprint }>();
      articles.forEach((article, i) => {
        if (!verdicts.has(article.id) && !fresh.has(article.id)) fresh.set(article.id, { article, fp: fps[i] });
      });
      const index = new BatchLshIndex(await lookupFingerprints(tx, [...fresh.values()].map((f) => f.fp)));
      const judged: Judged[] = [];
      for (const { article, fp } of fresh.values()) {
        const decision = await this.engine.findDuplicate(fp, index);
        await this.engine.remember(article.id, fp, decision, index);
        judged.push({ article, fp, decision });
        verdicts.set(article.id, { duplicateOf: decision.duplicateOf, similarity: decision.similarity, kind: decision.kind });
      }
      await this.insert(tx, judged);
      await storeFingerprints(tx, index.added);
      // Copies of one story would make its own lines look like furniture: count originals only.
      await OutletBoilerplateRepository.countArticles(tx, judged.flatMap((j) => (j.article.outletLines && !j.decision.duplicateOf ? [j.article.outletLines] : [])));
      await markStageDone(tx, judged.map((j) => j.article.id), 'dedupe', stageVersion);
      return articles.map((a) => ({ verdict: verdicts.get(a.id)!, redelivered: !fresh.has(a.id) }));
    });
  }

  private async verdictsOf(tx: EntityManager, ids: string[]): Promise<Map<string, DedupeVerdict>> {
    const rows: Array<{ id: string; duplicate_of: string | null; similarity: number | null; duplicate_kind: string | null }> = await tx.query(
      `SELECT id, duplicate_of, similarity, duplicate_kind FROM articles WHERE id = ANY($1::char(32)[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { duplicateOf: r.duplicate_of, similarity: r.similarity, kind: (r.duplicate_kind as DedupeVerdict['kind']) ?? null }]));
  }

  private async insert(tx: EntityManager, judged: Judged[]): Promise<void> {
    if (judged.length === 0) return;
    const col = <T>(f: (j: Judged) => T) => judged.map(f);
    await tx.query(
      `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, title, text, body, boilerplate, source, url,
         byline, dateline, published_at, published_offset_minutes, body_hash, state, duplicate_of, similarity, duplicate_kind, dropped_at)
       SELECT id, file_hash, record_index, path, format, encoding, title, text, body, boilerplate, source, url,
         byline, dateline, published_at, published_offset_minutes, body_hash, state, duplicate_of, similarity, duplicate_kind,
         to_timestamp(dropped_ms / 1000.0)
       FROM unnest($1::char(32)[], $2::char(64)[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
         $10::jsonb[], $11::text[], $12::text[], $13::text[], $14::text[], $15::timestamptz[], $22::smallint[], $16::char(64)[], $17::text[],
         $18::char(32)[], $19::real[], $20::text[], $21::float8[])
         AS u(id, file_hash, record_index, path, format, encoding, title, text, body, boilerplate, source, url,
           byline, dateline, published_at, published_offset_minutes, body_hash, state, duplicate_of, similarity, duplicate_kind, dropped_ms)`,
      [
        col((j) => j.article.id), col((j) => j.article.fileHash), col((j) => j.article.recordIndex), col((j) => j.article.path),
        col((j) => j.article.format), col((j) => j.article.encoding), col((j) => j.article.meta.title ?? null), col((j) => j.article.text),
        col((j) => j.article.body), col((j) => JSON.stringify(j.article.boilerplate)), col((j) => j.article.meta.source ?? null),
        col((j) => j.article.meta.url ?? null), col((j) => j.article.meta.byline ?? null), col((j) => j.article.meta.dateline ?? null),
        col((j) => j.article.meta.publishedAt ?? null), col((j) => j.fp.bodyHash), col((j) => (j.decision.duplicateOf ? 'duplicate' : 'accepted')),
        col((j) => j.decision.duplicateOf), col((j) => j.decision.similarity), col((j) => j.decision.kind), col((j) => j.article.droppedAt),
        col((j) => (j.article.meta.publishedAt ? offsetMinutesOf(j.article.meta.publishedAt) : null)),
      ],
    );
  }
}
