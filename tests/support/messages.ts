import { ArticleReceived } from '@newsflow/contracts';
import { sha256Hex } from '@newsflow/text';
import { articleIdFor } from '../../apps/watcher/src/file-ingestor';

/** The message the watcher would publish for a plain-text file with this content. */
export function receivedMessage(text: string, path = 'test.txt'): ArticleReceived {
  const fileHash = sha256Hex(text);
  return {
    v: 1,
    articleId: articleIdFor(fileHash, 0),
    fileHash,
    recordIndex: 0,
    path,
    droppedAt: Date.now(),
    format: 'txt',
    encoding: 'utf-8',
    meta: { title: text.split('\n')[0] || null, url: null, publishedAt: null, source: null, byline: null, dateline: null },
    text,
  };
}
