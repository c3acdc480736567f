import { NatsConnection } from 'nats';
import { DedupeEngine } from '@newsflow/dedupe';
import { PipelinePublisher, connectNats, ensureStreams } from '@newsflow/messaging';
import { ArticleDedupeRepository, ArticleSearchQueries, EntityLinkingRepository, FileLedgerRepository, OutletBoilerplateRepository, aliasKey } from '@newsflow/persistence';
import { LearnedBoilerplateCache } from '../../apps/dedupe/src/learned-boilerplate.cache';
import { DedupeService } from '../../apps/dedupe/src/dedupe.service';
import { receivedMessage } from '../support/messages';
import { TestEnv, createTestEnv } from '../support/test-env';

/** Letters that do not compress: PostgreSQL compresses a long index key first, and repeated text would fit. */
function randomWords(chars: number, seed: number, capitalised = false): string {
  let state = seed;
  const letter = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return String.fromCharCode(97 + (state % 26));
  };
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    const w = Array.from({ length: 3 + (words.length % 7) }, letter).join('');
    const word = capitalised ? w[0].toUpperCase() + w.slice(1) : w;
    words.push(word);
    length += word.length + 1;
  }
  const text = words.join(' ').slice(0, chars);
  return text.endsWith(' ') ? `${text.slice(0, -1)}x` : text;
}

/**
 * Size extremes never fail a transaction (issue 18): before, a 10,000-character line failed the dedupe
 * transaction with "index row size 3800 exceeds btree version 4 maximum 2704 for index outlet_lines_pkey",
 * and the article was dead-lettered while its file said published.
 */
describe('size extremes against real PostgreSQL', () => {
  let t: TestEnv;
  let nc: NatsConnection;
  let dedupe: DedupeService;
  const longSource = randomWords(5000, 7);
  const longLine = randomWords(10_000, 11);
  const longName = randomWords(5000, 13, true);

  beforeAll(async () => {
    t = await createTestEnv();
    nc = await connectNats(t.config.NATS_URL, 'size-extremes-test');
    await ensureStreams(await nc.jetstreamManager(), t.config);
    const publisher = new PipelinePublisher(nc.jetstream(), t.config);
    dedupe = new DedupeService(new ArticleDedupeRepository(t.db, await DedupeEngine.create()), publisher, new LearnedBoilerplateCache(new OutletBoilerplateRepository(t.db)));
  });
  afterAll(async () => {
    await nc?.close();
    await t?.cleanup();
  });

  const articleWith = (title: string) => {
    const m = receivedMessage(`${title}\n\n${longLine}\n\nThe council met on Tuesday and approved the budget for next year.\n`, `${title}.txt`);
    return { ...m, meta: { ...m.meta, source: longSource } };
  };

  it('stores articles with a 10,000-character line from an outlet with a 5,000-character name, and finds them by that source', async () => {
    const first = articleWith('First report');
    const second = articleWith('Second report');
    await dedupe.handle([first]);
    await dedupe.handle([second]);
    const stored = await t.db.query(`SELECT id FROM articles ORDER BY id`);
    expect(stored.map((r: { id: string }) => r.id).sort()).toEqual([first.articleId, second.articleId].sort());
    // The second is a copy of the first (the line is counted for originals only).
    const lines = await t.db.query(`SELECT articles FROM outlet_lines WHERE length(line_key) > 9000`);
    expect(lines).toEqual([{ articles: 1 }]);
    expect((await t.db.query(`SELECT articles FROM outlet_articles`))[0].articles).toBe(1);

    const bySource = await new ArticleSearchQueries(t.db).search({ source: longSource.toUpperCase(), limit: 10 });
    expect(bySource.items.map((a) => a.id).sort()).toEqual([first.articleId, second.articleId].sort());
    const otherSource = await new ArticleSearchQueries(t.db).search({ source: `${longSource}x`, limit: 10 });
    expect(otherSource.items).toEqual([]);
  });

  it('links an entity with a 5,000-character name, and finds it again by that name', async () => {
    const article = receivedMessage(`${longName} said on Monday that the talks would go on.\n`, 'third.txt');
    await dedupe.handle([article]);
    const linking = new EntityLinkingRepository(t.db);
    const mention = { text: longName, type: 'PERSON' as const, start: 0, end: longName.length, canonical: longName };
    await linking.storeMentions(article.articleId, [mention], 'test');
    await linking.storeMentions(article.articleId, [mention], 'test');
    const entities = await t.db.query(`SELECT id, length(canonical) AS chars, mention_count FROM entities`);
    expect(entities).toEqual([{ id: expect.any(String), chars: longName.length, mention_count: 1 }]);
    const byAlias = await t.db.query(`SELECT entity_id FROM entity_aliases WHERE alias_key = $1`, [aliasKey(longName)]);
    expect(byAlias).toEqual([{ entity_id: entities[0].id }]);
    const byEntity = await new ArticleSearchQueries(t.db).search({ entity: longName, limit: 10 });
    expect(byEntity.items.map((a) => a.id)).toEqual([article.articleId]);
  });

  it('records a file whose path is over 3,000 bytes in the ledger, once', async () => {
    const ledger = new FileLedgerRepository(t.db);
    const path = `${Array.from({ length: 12 }, (_, i) => randomWords(250, 100 + i).replace(/ /g, '_')).join('/')}.txt`;
    const entry = { path, size: 10, mtimeMs: 1, contentHash: 'a'.repeat(64), state: 'rejected' as const, reason: 'empty' };
    expect(Buffer.byteLength(path)).toBeGreaterThan(3000);
    expect(await ledger.recordMany([entry, { ...entry, path: 'short.txt' }])).toBe(2);
    expect(await ledger.recordMany([entry])).toBe(0);
    expect(await ledger.hasEntry(path, entry.contentHash)).toBe(true);
  });
});
