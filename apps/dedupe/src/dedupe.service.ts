import { Injectable } from '@nestjs/common';
import { ArticleReceived, onwardMessageId } from '@newsflow/contracts';
import { PipelinePublisher } from '@newsflow/messaging';
import { ArticleDedupeRepository, IncomingArticle, StoredVerdict } from '@newsflow/persistence';
import { BatchOutcomes, logArticle, warnArticle, observeDropLatency } from '@newsflow/platform';
import { articleBoilerplate } from '@newsflow/nlp';
import { articleLineKeys } from '@newsflow/text';
import { LearnedBoilerplateCache, outletOf } from './learned-boilerplate.cache';

export const DEDUPE_VERSION = 'dedupe-2';

/**
 * Separates each body from boilerplate (rules plus lines learned per outlet), stores the batch's articles
 * with their verdicts in one transaction, then passes each on.
 */
@Injectable()
export class DedupeService {
  constructor(
    private readonly articles: ArticleDedupeRepository,
    private readonly publisher: PipelinePublisher,
    private readonly learned: LearnedBoilerplateCache,
  ) {}

  async handle(messages: ArticleReceived[]): Promise<BatchOutcomes> {
    const texts = await Promise.all(messages.map((m) => m.text ?? this.publisher.getText(m.textRef!)));
    const outlets = messages.map((m) => outletOf(m.meta));
    const learned = await this.learned.linesOfAll(outlets);
    const incoming = messages.map((m, i) => this.incoming(m, texts[i], outlets[i], learned));
    const stored = await this.articles.storeBatch(incoming, DEDUPE_VERSION);
    await Promise.all(messages.map((m, i) => this.passOn(m, stored[i], incoming[i])));
    const outcomes = { accepted: 0, duplicate: 0, redelivered: 0 };
    for (const s of stored) {
      outcomes[s.verdict.duplicateOf ? 'duplicate' : 'accepted']++;
      if (s.redelivered) outcomes.redelivered++;
    }
    return outcomes;
  }

  private incoming(m: ArticleReceived, text: string, outlet: string | null, learned: Map<string, Set<string>>): IncomingArticle {
    const { body, boilerplate, keptAllBecause } = articleBoilerplate(text, {
      knownBoilerplate: outlet ? learned.get(outlet) : undefined,
      title: m.meta.title,
      extractedFromHtml: m.format === 'html',
    });
    if (keptAllBecause) warnArticle(m, { reason: keptAllBecause }, 'boilerplate kept: the body would be empty');
    return {
      id: m.articleId,
      fileHash: m.fileHash,
      recordIndex: m.recordIndex,
      path: m.path,
      format: m.format,
      encoding: m.encoding,
      meta: m.meta,
      text,
      body,
      boilerplate,
      droppedAt: m.droppedAt,
      outletLines: outlet ? { outlet, lineKeys: [...articleLineKeys(text)] } : undefined,
    };
  }

  private async passOn(message: ArticleReceived, { verdict, redelivered, previousVersion, version, promoted }: StoredVerdict, article: IncomingArticle): Promise<void> {
    const ref = { v: 1 as const, articleId: message.articleId, droppedAt: message.droppedAt, path: message.path, reprocess: message.reprocess };
    const onwardId = message.reprocess ? onwardMessageId(message, 'dedupe', DEDUPE_VERSION) : `${message.articleId}:dedupe`;
    logArticle(message, { duplicateOf: verdict.duplicateOf, similarity: verdict.similarity, boilerplateLines: article.boilerplate.length, redelivered, previousVersion, version }, verdict.duplicateOf ? 'duplicate' : 'accepted');
    // The old version headed a cluster this version does not: its earliest copy is the original now.
    await Promise.all(promoted.map((p) => this.publisher.publishPromoted(p)));
    if (verdict.duplicateOf) {
      await this.publisher.publish('duplicate', { ...ref, duplicateOf: verdict.duplicateOf, similarity: verdict.similarity ?? 1, kind: verdict.kind ?? 'exact' }, onwardId);
    } else {
      await this.publisher.publish('accepted', ref, onwardId);
    }
    observeDropLatency('dedupe', message);
  }
}
