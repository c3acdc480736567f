import { DataSource, EntityManager } from 'typeorm';
import { ArticleMetadata } from '@newsflow/contracts';
import { BodyFingerprint, DedupeEngine, DuplicateDecision } from '@newsflow/dedupe';
import { OutletBoilerplateRepository } from './outlet-boilerplate.repository';
import { PostgresLshIndex } from './postgres-lsh-index';
import { markStage } from './stage-status.repository';

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
  boilerplate: Array<{ start: number; end: number }>;
  droppedAt: number;
  /** The outlet and the distinct line keys of the text, counted towards learned boilerplate. */
  outletLines?: { outlet: string; lineKeys: string[] };
}

export interface DedupeVerdict {
  duplicateOf: string | null;
  similarity: number | null;
  kind: 'exact' | 'near' | null;
}

/**
 * Stores an article with its dedupe verdict in one transaction. The index lookup takes advisory locks on
 * the body hash and the LSH band keys, so two replicas that see near-identical articles at once agree on
 * one cluster.
 */
export class ArticleDedupeRepository {
  constructor(
    private readonly db: DataSource,
    private readonly engine: DedupeEngine,
  ) {}

  async store(article: IncomingArticle, stageVersion: string): Promise<{ verdict: DedupeVerdict; redelivered: boolean }> {
    const fp = this.engine.fingerprint(article.body);
    return this.db.transaction(async (tx) => {
      const existing = await this.verdictOf(tx, article.id);
      if (existing) return { verdict: existing, redelivered: true };

      const index = new PostgresLshIndex(tx);
      const decision = await this.engine.findDuplicate(fp, index);
      await this.insert(tx, article, fp, decision);
      await this.engine.remember(article.id, fp, decision, index);
      // Copies of one story would make its own lines look like furniture: count originals only.
      if (article.outletLines && !decision.duplicateOf) await OutletBoilerplateRepository.countArticle(tx, article.outletLines.outlet, article.outletLines.lineKeys);
      await markStage(tx, article.id, 'dedupe', stageVersion);
      return { verdict: { duplicateOf: decision.duplicateOf, similarity: decision.similarity, kind: decision.kind }, redelivered: false };
    });
  }

  private async verdictOf(tx: EntityManager, id: string): Promise<DedupeVerdict | null> {
    const rows: Array<{ duplicate_of: string | null; similarity: number | null; duplicate_kind: string | null }> = await tx.query(
      `SELECT duplicate_of, similarity, duplicate_kind FROM articles WHERE id = $1`,
      [id],
    );
    if (rows.length === 0) return null;
    const r = rows[0];
    return { duplicateOf: r.duplicate_of, similarity: r.similarity, kind: (r.duplicate_kind as DedupeVerdict['kind']) ?? null };
  }

  private async insert(tx: EntityManager, a: IncomingArticle, fp: BodyFingerprint, d: DuplicateDecision): Promise<void> {
    await tx.query(
      `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, title, text, body, boilerplate, source, url,
         byline, dateline, published_at, body_hash, state, duplicate_of, similarity, duplicate_kind, dropped_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20, to_timestamp($21 / 1000.0))`,
      [
        a.id, a.fileHash, a.recordIndex, a.path, a.format, a.encoding, a.meta.title, a.text, a.body, JSON.stringify(a.boilerplate),
        a.meta.source, a.meta.url, a.meta.byline, a.meta.dateline, a.meta.publishedAt, fp.bodyHash,
        d.duplicateOf ? 'duplicate' : 'accepted', d.duplicateOf, d.similarity, d.kind, a.droppedAt,
      ],
    );
  }
}
