import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileRejection, formatByteSize, ParseOutcome, parseInboxFile } from '@newsflow/text';

export interface IsolatedParserOptions {
  /** Files up to this size are parsed in place; larger ones in a worker thread. */
  inPlaceMaxBytes: number;
  heapMb: number;
  timeoutMs: number;
  maxBytes: number;
}

/**
 * Parses inbox files so that no single file can take the watcher down. Small files (nearly all) are
 * parsed in place. A large one is parsed in a worker thread with its own heap limit and a deadline: a
 * 40 MB HTML page builds a DOM far bigger than the watcher's capped heap, and running out of memory
 * there ends only the worker, which becomes a rejection with a reason instead of a crash loop.
 */
export class IsolatedParser {
  constructor(private readonly options: IsolatedParserOptions) {}

  async parse(fileName: string, bytes: Buffer): Promise<ParseOutcome> {
    const { inPlaceMaxBytes, maxBytes } = this.options;
    if (bytes.length <= inPlaceMaxBytes) return parseInboxFile(fileName, bytes, { maxBytes });
    return this.parseInWorker(fileName, bytes);
  }

  private parseInWorker(fileName: string, bytes: Buffer): Promise<ParseOutcome> {
    const { heapMb, timeoutMs, maxBytes } = this.options;
    const size = formatByteSize(bytes.length);
    return new Promise((resolve) => {
      const worker = new Worker(join(__dirname, 'parse-worker.js'), {
        workerData: { fileName, bytes, maxBytes },
        resourceLimits: { maxOldGenerationSizeMb: heapMb },
      });
      let settled = false;
      const settle = (outcome: ParseOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        void worker.terminate();
        resolve(outcome);
      };
      const deadline = setTimeout(
        () => settle(fileRejection('too-complex', `parsing this ${size} file took longer than ${timeoutMs / 1000} s (WATCHER_PARSE_TIMEOUT_MS)`)),
        timeoutMs,
      );
      worker.once('message', (outcome: ParseOutcome) => settle(outcome));
      worker.once('error', (error: Error & { code?: string }) =>
        settle(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? fileRejection('too-complex', `parsing this ${size} file needs more than ${heapMb} MB of memory (WATCHER_PARSE_HEAP_MB)`)
            : fileRejection('too-complex', `this ${size} file could not be parsed: ${error.message}`),
        ),
      );
      worker.once('exit', (code) => settle(fileRejection('too-complex', `the parser of this ${size} file stopped (exit code ${code})`)));
    });
  }
}
