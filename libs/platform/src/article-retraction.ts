import { DataSource } from 'typeorm';
import { promotedMessageId } from '@newsflow/contracts';
import { PipelinePublisher } from '@newsflow/messaging';
import { RetractedArticle, RetractionRepository } from '@newsflow/persistence';

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
    const retracted = await this.repository.retract(target);
    for (const p of (retracted ?? []).flatMap((r) => r.toExtract)) {
      await this.publisher.publish('accepted', { v: 1, articleId: p.id, droppedAt: p.droppedAt, path: p.path }, promotedMessageId(p.id));
    }
    return retracted;
  }
}
