import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Logger } from 'pino';
import { AppConfig } from '@newsflow/config';
import { ArticleReceived } from '@newsflow/contracts';
import { PipelinePublisher } from '@newsflow/messaging';
import { watcherArticlesPublished, watcherFiles, watcherFilesSeen } from '@newsflow/observability';
import { FileLedgerRepository, KnownFile, LedgerRecord, UnstoredFile } from '@newsflow/persistence';
import { ParsedArticle, sha256Hex } from '@newsflow/text';
import { IsolatedParser } from './isolated-parser';
import { LedgerBatcher } from './ledger-batcher';
import { readSettledFile } from './settled-file-reader';

/** `unreadable` is recorded as rejected but not remembered, so every rescan tries the file again. */
export type IngestResult = 'unchanged' | 'not-ready' | 'gone' | 'unreadable' | LedgerRecord['state'];

/** The deterministic article id of record `recordIndex` of the file with this content. */
export function articleIdFor(fileHash: string, recordIndex: number): string {
  return sha256Hex(`${fileHash}:${recordIndex}`).slice(0, 32);
}

/** The message id of a file's article: its content hash, and the record's index when the file holds several. */
function messageIdOf(fileHash: string, article: ParsedArticle, multi: boolean): string {
  return multi ? `${fileHash}:${article.recordIndex}` : fileHash;
}

/** One file, end to end: read, hash, parse, publish, and only then record it in the ledger. */
export class FileIngestor {
  private readonly root: string;
  private readonly hashLocks = new Map<string, Promise<unknown>>();
  private readonly writes: LedgerBatcher;
  private readonly parser: IsolatedParser;

  /**
   * @param known the latest version of every path in the ledger
   * @param publishedPaths the first path each published content hash arrived under
   */
  constructor(
    private readonly config: AppConfig,
    private readonly ledger: FileLedgerRepository,
    private readonly publisher: PipelinePublisher,
    private readonly known: Map<string, KnownFile>,
    private readonly publishedPaths: Map<string, string>,
    private readonly log: Logger,
  ) {
    this.root = resolve(config.INBOX_DIR);
    this.writes = new LedgerBatcher(ledger);
    this.parser = new IsolatedParser({
      inPlaceMaxBytes: 1024 * 1024,
      heapMb: config.WATCHER_PARSE_HEAP_MB,
      timeoutMs: config.WATCHER_PARSE_TIMEOUT_MS,
      maxBytes: config.MAX_FILE_BYTES,
    });
  }

  async ingest(rel: string, observed: { size: number; mtimeMs: number }): Promise<IngestResult> {
    const seenBefore = this.known.has(rel);
    const result = await this.ingestOnce(rel, observed, seenBefore);
    if (result !== 'not-ready' && result !== 'gone' && result !== 'unreadable') {
      this.known.set(rel, { ...observed, contentHash: '' });
      watcherFilesSeen.inc();
    }
    return result;
  }

  private async ingestOnce(rel: string, observed: { size: number; mtimeMs: number }, seenBefore: boolean): Promise<IngestResult> {
    const file = await readSettledFile(join(this.root, rel), this.root, observed, this.config.MAX_FILE_BYTES);
    if (file.kind === 'gone' || file.kind === 'not-ready') return file.kind;
    if (file.kind === 'unreadable') {
      const reason = `cannot read the file: ${file.reason}; it is tried again at every rescan`;
      const hash = sha256Hex(`unreadable:${rel}:${observed.size}:${observed.mtimeMs}`);
      await this.finish(rel, { path: rel, size: observed.size, mtimeMs: observed.mtimeMs, contentHash: hash, state: 'rejected', reason, rejections: [{ recordIndex: null, code: 'unreadable', reason }] }, 'unreadable');
      return 'unreadable';
    }
    if (file.kind === 'symlink-outside') {
      const { target } = file;
      return this.finish(rel, { path: rel, size: 0, mtimeMs: file.mtimeMs, contentHash: sha256Hex(`symlink:${rel}:${target}`), state: 'ignored', reason: `symlink pointing outside the inbox (${target ?? 'broken link'})` }, 'symlink');
    }
    if (file.kind === 'too-large') {
      const reason = `file is ${(file.size / 1048576).toFixed(1)} MB, over the ${(this.config.MAX_FILE_BYTES / 1048576).toFixed(1)} MB limit (MAX_FILE_BYTES)`;
      return this.finish(rel, { path: rel, size: file.size, mtimeMs: file.mtimeMs, contentHash: sha256Hex(`too-large:${rel}:${file.size}:${file.mtimeMs}`), state: 'rejected', reason, rejections: [{ recordIndex: null, code: 'too-large', reason }] }, 'too-large');
    }
    const { bytes } = file;
    const contentHash = sha256Hex(bytes);
    // Two paths with the same content must not both publish: the second is a duplicate file.
    return this.exclusively(contentHash, () => this.ingestContent(rel, bytes, contentHash, file.mtimeMs, seenBefore));
  }

  private async exclusively<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.hashLocks.get(key) ?? Promise.resolve();
    const run = before.then(work, work);
    const tail = run.catch(() => undefined);
    this.hashLocks.set(key, tail);
    try {
      return await run;
    } finally {
      if (this.hashLocks.get(key) === tail) this.hashLocks.delete(key);
    }
  }

  private async ingestContent(rel: string, bytes: Buffer, contentHash: string, mtimeMs: number, seenBefore: boolean): Promise<IngestResult> {
    const base = { path: rel, size: bytes.length, mtimeMs, contentHash };
    const duplicateOf = (original: string) =>
      this.finish(rel, { ...base, state: 'duplicate-file', reason: `same content as ${original}`, duplicateOfPath: original }, 'same-content');

    // Only a path the ledger already knows (touched, or re-checked after a restart) can hold this version.
    if (seenBefore && (await this.ledger.hasEntry(rel, contentHash))) return 'unchanged';
    const original = this.publishedPaths.get(contentHash);
    if (original && original !== rel) return duplicateOf(original);

    const outcome = await this.parser.parse(rel, bytes);
    if (outcome.ignored) return this.finish(rel, { ...base, state: 'ignored', reason: outcome.ignored.reason }, 'unsupported-type');
    const multi = outcome.articles.length > 1;
    const acks = await Promise.all(outcome.articles.map((article) => this.publish(rel, contentHash, mtimeMs, article, messageIdOf(contentHash, article, multi))));
    if (acks.length > 0 && acks.every((a) => a.duplicate)) {
      // The stream has this content already: a restart re-publishing, or another watcher with another path.
      const elsewhere = await this.ledger.publishedPathOf(contentHash);
      if (elsewhere && elsewhere !== rel) return duplicateOf(elsewhere);
    }
    watcherArticlesPublished.inc(outcome.articles.length);

    const rejections = outcome.rejections;
    const published = outcome.articles.length > 0;
    const reason = rejections.length === 0 ? null : rejections.length === 1 ? rejections[0].reason : `${rejections.length} records rejected: ${rejections.slice(0, 3).map((r) => r.reason).join('; ')}${rejections.length > 3 ? '; …' : ''}`;
    return this.finish(
      rel,
      {
        ...base,
        state: published ? 'published' : 'rejected',
        reason,
        articles: outcome.articles.length,
        rejections,
        articleIds: outcome.articles.map((a) => articleIdFor(contentHash, a.recordIndex)),
        streamSeq: published ? Math.max(...acks.map((a) => a.seq)) : null,
      },
      published ? 'ok' : rejections[0]?.code ?? 'no-article-text',
    );
  }

  /**
   * Sends a published file's missing articles again, with fresh message ids (the first ones may still be in
   * the stream's duplicate window). Only the same content can be sent: a file that is gone or changed is not.
   */
  async redrive(file: UnstoredFile): Promise<'redriven' | 'gone' | 'changed' | 'later'> {
    const full = join(this.root, file.path);
    const info = await stat(full).catch(() => null);
    if (!info?.isFile()) return 'gone';
    const read = await readSettledFile(full, this.root, { size: info.size, mtimeMs: info.mtimeMs }, this.config.MAX_FILE_BYTES);
    if (read.kind === 'gone') return 'gone';
    if (read.kind === 'not-ready' || read.kind === 'unreadable') return 'later';
    if (read.kind !== 'read') return 'changed';
    if (sha256Hex(read.bytes) !== file.contentHash) return 'changed';
    const outcome = await this.parser.parse(file.path, read.bytes);
    const articleIds = outcome.articles.map((a) => articleIdFor(file.contentHash, a.recordIndex));
    const articles = outcome.articles.filter((_, i) => file.missing.includes(articleIds[i]));
    if (articles.length === 0) {
      // The recorded ids were guessed for a file published before they were recorded: record the real ones.
      await this.ledger.recordArticleIds(file.id, articleIds);
      return 'later';
    }
    const multi = outcome.articles.length > 1;
    const attempt = `redrive-${file.redrives + 1}`;
    const acks = await Promise.all(articles.map((a) => this.publish(file.path, file.contentHash, read.mtimeMs, a, `${messageIdOf(file.contentHash, a, multi)}:${attempt}`)));
    await this.ledger.redriven(file.id, articleIds, Math.max(...acks.map((a) => a.seq)));
    watcherArticlesPublished.inc(articles.length);
    this.log.warn({ path: file.path, stage: 'watcher', articles: articles.length, attempt }, 'published file had no stored article: sent again');
    return 'redriven';
  }

  private async publish(rel: string, fileHash: string, droppedAt: number, article: ParsedArticle, msgId: string): Promise<{ duplicate: boolean; seq: number }> {
    const articleId = articleIdFor(fileHash, article.recordIndex);
    const large = Buffer.byteLength(article.text) > this.config.CLAIM_CHECK_BYTES;
    const message: ArticleReceived = {
      v: 1,
      articleId,
      fileHash,
      recordIndex: article.recordIndex,
      path: rel,
      droppedAt,
      format: article.format,
      encoding: article.encoding,
      meta: {
        title: article.title,
        url: article.url,
        publishedAt: article.publishedAt,
        source: article.source,
        byline: article.byline,
        dateline: article.dateline,
      },
      ...(large ? { textRef: await this.publisher.putText(articleId, article.text) } : { text: article.text }),
    };
    const ack = await this.publisher.publish('received', message, msgId);
    this.log.debug({ articleId, path: rel, stage: 'watcher', recordIndex: article.recordIndex }, 'article published');
    return ack;
  }

  private async finish(rel: string, record: LedgerRecord, code: string): Promise<IngestResult> {
    await this.writes.record(record);
    if (record.state === 'published' && !this.publishedPaths.has(record.contentHash)) this.publishedPaths.set(record.contentHash, rel);
    watcherFiles.inc({ outcome: record.state, code });
    // One line per file only where the user must act (rejections); the stages' batch lines show the flow.
    const level = record.state === 'published' ? 'debug' : 'warn';
    this.log[level]({ path: rel, stage: 'watcher', state: record.state, reason: record.reason, contentHash: record.contentHash }, `file ${record.state}`);
    return record.state;
  }
}
