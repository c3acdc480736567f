import { articleReceivedSchema } from './article-received';
import { eventFromSubject, eventSubject, onwardMessageId } from './subjects';

const valid = {
  v: 1,
  articleId: 'a'.repeat(32),
  fileHash: 'b'.repeat(64),
  recordIndex: 0,
  path: 'x.txt',
  droppedAt: 1,
  format: 'txt',
  encoding: 'utf-8',
  meta: { title: null, url: null, publishedAt: null, source: null, byline: null, dateline: null },
  text: 'hello',
};

describe('article received contract', () => {
  it('accepts a well-formed message', () => {
    expect(articleReceivedSchema.safeParse(valid).success).toBe(true);
  });

  it('rejects an unknown version, a malformed id and a message with neither text nor claim check', () => {
    expect(articleReceivedSchema.safeParse({ ...valid, v: 2 }).success).toBe(false);
    expect(articleReceivedSchema.safeParse({ ...valid, articleId: 'nope' }).success).toBe(false);
    const { text: _text, ...withoutText } = valid;
    const result = articleReceivedSchema.safeParse(withoutText);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('exactly one of text and textRef must be present');
  });

  it('accepts a claim check instead of inline text, but not both', () => {
    const { text: _text, ...rest } = valid;
    expect(articleReceivedSchema.safeParse({ ...rest, textRef: { bucket: 'b', key: 'k', bytes: 3 } }).success).toBe(true);
    expect(articleReceivedSchema.safeParse({ ...valid, textRef: { bucket: 'b', key: 'k', bytes: 3 } }).success).toBe(false);
  });
});

describe('subjects', () => {
  it('round-trips events through subjects', () => {
    expect(eventSubject('nf', 'entities-extracted')).toBe('nf.article.entities-extracted');
    expect(eventFromSubject('nf', 'nf.article.entities-extracted')).toBe('entities-extracted');
    expect(eventFromSubject('nf', 'nf.article.bogus')).toBeNull();
    expect(eventFromSubject('nf', 'other.article.received')).toBeNull();
  });

  it('keeps onward message ids stable across redeliveries and fresh for reprocessing', () => {
    const id = 'c'.repeat(32);
    expect(onwardMessageId({ articleId: id }, 'entities', 'ner-1', 1)).toBe(onwardMessageId({ articleId: id }, 'entities', 'ner-1', 2));
    expect(onwardMessageId({ articleId: id, reprocess: true }, 'entities', 'ner-1', 5)).toBe(`${id}:entities:ner-1:reprocess-5`);
  });
});
