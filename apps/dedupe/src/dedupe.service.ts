import { Injectable } from '@nestjs/common';
import { ArticleReceived, onwardMessageId } from '@newsflow/contracts';
import { PipelinePublisher } from '@newsflow/messaging';
import { ArticleDedupeRepository } from '@newsflow/persistence';
import { articleLog, observeDropLatency } from '@newsflow/platform';
import { articleLineKeys, splitBoilerplate } from '@newsflow/text';
import { LearnedBoilerplateCache, outletOf } from './learned-boilerplate.cache';

export const DEDUPE_VERSION = 'dedupe-1';

/** Separates the body from boilerplate (rules plus lines learned per outlet), stores the article with its verdict, then passes it on. */
@Injectable()
export class DedupeService {
  constructor(
    private readonly articles: ArticleDedupeRepository,
    private readonly publisher: PipelinePublisher,
    private readonly learned: LearnedBoilerplateCache,
  ) {}

  async handle(message: ArticleReceived): Promise<void> {
    const text = message.text ?? (await this.publisher.getText(message.textRef!));
    const outlet = outletOf(message.meta);
    const split = splitBoilerplate(text, { knownBoilerplate: outlet ? await this.learned.linesOf(outlet) : undefined });
    const { verdict } = await this.articles.store(
      {
        id: message.articleId,
        fileHash: message.fileHash,
        recordIndex: message.recordIndex,
        path: message.path,
        format: message.format,
        encoding: message.encoding,
        meta: message.meta,
        text,
        body: split.body,
        boilerplate: split.boilerplateLines.map((l) => ({ start: l.start, end: l.end })),
        droppedAt: message.droppedAt,
        outletLines: outlet ? { outlet, lineKeys: [...articleLineKeys(text)] } : undefined,
      },
      DEDUPE_VERSION,
    );
    const ref = { v: 1 as const, articleId: message.articleId, droppedAt: message.droppedAt, path: message.path, reprocess: message.reprocess };
    const onwardId = message.reprocess ? onwardMessageId(message, 'dedupe', DEDUPE_VERSION) : `${message.articleId}:dedupe`;
    articleLog().info({ duplicateOf: verdict.duplicateOf, similarity: verdict.similarity, boilerplateLines: split.boilerplateLines.length }, verdict.duplicateOf ? 'duplicate' : 'accepted');
    if (verdict.duplicateOf) {
      await this.publisher.publish(
        'duplicate',
        { ...ref, duplicateOf: verdict.duplicateOf, similarity: verdict.similarity ?? 1, kind: verdict.kind ?? 'exact' },
        onwardId,
      );
    } else {
      await this.publisher.publish('accepted', ref, onwardId);
    }
    observeDropLatency('dedupe', message);
  }
}
