import { DataSource } from 'typeorm';
import { PipelinePublisher } from '@newsflow/messaging';
import { RetractedArticle, RetractionRepository } from '@newsflow/persistence';

const ATTEMPTS = 3;

/**
 * Retraction for DELETE /articles/:id and `npm run retract`: the database half in one transaction, then
 * each promoted duplicate goes to the entities stage as the dedupe stage would send it. The message id is
 * fixed per article, so sending it again (a repeated retraction after a crash) is dropped by the stream.
 */
export class ArticleRetraction {
  private readonly repository: RetractionRepository;

  constructor(
    db: DataSource,
    private readonly publisher: PipelinePublisher,
  ) {
    this.repository = new RetractionRepository(db);
  }

  /** null when no article is stored under that id or inbox path. */
  async retract(target: { id: string } | { path: string }): Promise<RetractedArticle[] | null> {
    const retracted = await this.retractOnce(target);
    for (const p of (retracted ?? []).flatMap((r) => r.toExtract)) {
      await this.publisher.publishPromoted(p);
    }
    return retracted;
  }

  /**
   * A retraction racing a stage on the same article can be chosen as a deadlock's victim: the transaction
   * is rolled back whole (class 40) and runs again, as a stage's message would be redelivered.
   */
  private async retractOnce(target: { id: string } | { path: string }): Promise<RetractedArticle[] | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.repository.retract(target);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (attempt >= ATTEMPTS || typeof code !== 'string' || !code.startsWith('40')) throw error;
      }
    }
  }
}
