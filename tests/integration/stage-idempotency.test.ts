import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NatsConnection } from 'nats';
import { extract, analyseBody, quoteModelsNamed } from '@newsflow/nlp';
import { ArticleReaderRepository, EntityLinkingRepository, QuoteRepository } from '@newsflow/persistence';
import { PipelinePublisher } from '@newsflow/messaging';
import { DedupeService } from '../../apps/dedupe/src/dedupe.service';
import { EntitiesService } from '../../apps/entities/src/entities.service';
import { QuotesService } from '../../apps/quotes/src/quotes.service';
import { generateArticle } from '../support/article-generator';
import { receivedMessage } from '../support/messages';
import { stageServices } from '../support/stage-services';
import { TestEnv, createTestEnv } from '../support/test-env';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const TABLES = ['articles', 'article_stages', 'dedupe_signatures', 'entities', 'entity_aliases', 'mentions', 'quotes'];

describe('stage handlers against real PostgreSQL and NATS', () => {
  let t: TestEnv;
  let nc: NatsConnection;
  let dedupe: DedupeService;
  let entities: EntitiesService;
  let quotes: QuotesService;
  let publisher: PipelinePublisher;

  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of TABLES) out[table] = Number((await t.db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
    return out;
  };

  beforeAll(async () => {
    t = await createTestEnv();
    ({ nc, dedupe, entities, quotes, publisher } = await stageServices(t, 'stage-idempotency-test'));
  });

  afterAll(async () => {
    await nc?.close();
    await t?.cleanup();
  });

  it('processing every seed twice through every stage stores each row once', async () => {
    const messages = readdirSync(SEEDS).map((f) => receivedMessage(readFileSync(join(SEEDS, f), 'utf8'), f));
    const runAll = async () => {
      for (const m of messages) {
        await dedupe.handle([m]);
        const ref = { v: 1 as const, articleId: m.articleId, droppedAt: m.droppedAt };
        await entities.handle([ref]);
        await quotes.handle([{ ...ref, mentions: 0 }]);
      }
    };
    await runAll();
    const first = await counts();
    await runAll();
    expect(await counts()).toEqual(first);

    expect(first.articles).toBe(messages.length);
    const boilerplate: Array<{ id: string; boilerplate: Array<{ start: number; end: number }> }> = await t.db.query(`SELECT id, boilerplate FROM articles`);
    const expected = messages.map((m) => analyseBody(m.text!, boilerplate.find((b) => b.id === m.articleId)!.boilerplate));
    expect(expected.some((e, i) => e.quotes.length < extract(messages[i].text!).quotes.length)).toBe(true);
    expect(first.mentions).toBe(expected.reduce((n, e) => n + e.entities.length, 0));
    expect(first.quotes).toBe(expected.reduce((n, e) => n + e.quotes.length, 0));
    const states = await t.db.query(`SELECT state, count(*)::int AS n FROM articles GROUP BY state`);
    expect(states).toEqual([{ state: 'completed', n: messages.length }]);
  });

  it.each([
    ['rules+recall', 'the learned recall pass'],
    ['rules+tagger', 'the content tagger'],
  ] as const)('runs QUOTE_MODELS=%s (%s), storing what the one analysis gives and a version of its own', async (models, _part) => {
    const learned = new QuotesService(new ArticleReaderRepository(t.db), new QuoteRepository(t.db), publisher, { ...t.config, QUOTE_MODELS: models });
    const seed = readdirSync(SEEDS).find((f) => f.startsWith('002_'))!;
    const m = receivedMessage(readFileSync(join(SEEDS, seed), 'utf8').replace('Lukashenko', `Lukashenko (${models} run)`), seed);
    await dedupe.handle([m]);
    const ref = { v: 1 as const, articleId: m.articleId, droppedAt: m.droppedAt };
    await entities.handle([ref]);
    await learned.handle([{ ...ref, mentions: 0 }]);
    const [{ boilerplate }] = await t.db.query(`SELECT boilerplate FROM articles WHERE id = $1`, [m.articleId]);
    const expected = analyseBody(m.text!, boilerplate, quoteModelsNamed(models)).quotes;
    const spans = (quotes: Array<{ start: number; end: number }>): string[] => quotes.map((q) => `${q.start}:${q.end}`);
    // On this seed each learned part finds quotes the rules do not.
    expect(spans(expected)).not.toEqual(spans(analyseBody(m.text!, boilerplate).quotes));
    const stored = await t.db.query(`SELECT start_offset, end_offset FROM quotes WHERE article_id = $1 ORDER BY ordinal`, [m.articleId]);
    expect(stored).toEqual(expected.map((q) => ({ start_offset: q.start, end_offset: q.end })));
    expect(await t.db.query(`SELECT version FROM article_stages WHERE article_id = $1 AND stage = 'quotes'`, [m.articleId])).toEqual([{ version: `quotes-7+${models.slice('rules+'.length)}` }]);
  });

  it('marks a body that differs only in typography as an exact duplicate of the first article', async () => {
    const original = readFileSync(join(SEEDS, readdirSync(SEEDS)[0]), 'utf8');
    const variant = original.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/ /g, '  ');
    const first = receivedMessage(original, 'a.txt');
    const second = receivedMessage(variant, 'b.txt');
    await dedupe.handle([second]);
    const rows = await t.db.query(`SELECT id, duplicate_of, duplicate_kind, state FROM articles WHERE id = $1`, [second.articleId]);
    expect(rows[0]).toMatchObject({ duplicate_of: first.articleId, duplicate_kind: 'exact', state: 'duplicate' });
  });

  it('learns an outlet’s recurring footer as boilerplate, and only for that outlet', async () => {
    const footer = 'The Harbour Gazette has served the coast since 1901 and is owned by its readers.';
    const article = (i: number, source: string) => {
      const m = receivedMessage(`${generateArticle(i, 99).text}\n${footer}\n`, `${source}-${i}.txt`);
      return { ...m, meta: { ...m.meta, source } };
    };
    for (let i = 0; i < 4; i++) await dedupe.handle([article(i, 'Harbour Gazette')]);
    const learnedArticle = article(9, 'Harbour Gazette');
    const otherOutlet = article(10, 'Other Times');
    await dedupe.handle([learnedArticle, otherOutlet]);
    const bodies = await t.db.query(`SELECT id, body FROM articles WHERE id = ANY($1)`, [[learnedArticle.articleId, otherOutlet.articleId]]);
    const bodyOf = (id: string) => bodies.find((b: { id: string }) => b.id === id).body as string;
    expect(bodyOf(learnedArticle.articleId)).not.toContain(footer);
    // The article itself stays, without its headline line (the body is served under the title).
    expect(bodyOf(learnedArticle.articleId)).toMatch(/^Berlin, 10 March 2024\. /);
    expect(bodyOf(otherOutlet.articleId)).toContain(footer);
  });

  describe('one batch in one transaction', () => {
    const story = (i: number) => generateArticle(500 + i, 7).text;
    const ref = (m: { articleId: string; droppedAt: number }) => ({ v: 1 as const, articleId: m.articleId, droppedAt: m.droppedAt });

    it('puts two exact copies and a near copy of one story, all in one batch, into one cluster', async () => {
      const text = story(1);
      const original = receivedMessage(text, 'batch-original.txt');
      const exactCopy = receivedMessage(text.replace(/ /g, '  '), 'batch-exact.txt');
      const nearCopy = receivedMessage(`${text}\nThe council will meet again on Monday to vote on the rest of the plan.`, 'batch-near.txt');
      const other = receivedMessage(story(2), 'batch-other.txt');
      const outcomes = await dedupe.handle([original, exactCopy, nearCopy, other]);
      expect(outcomes).toEqual({ accepted: 2, duplicate: 2, redelivered: 0 });
      const rows: Array<{ id: string; duplicate_of: string | null; duplicate_kind: string | null }> = await t.db.query(
        `SELECT id, duplicate_of, duplicate_kind FROM articles WHERE id = ANY($1)`,
        [[original.articleId, exactCopy.articleId, nearCopy.articleId, other.articleId]],
      );
      const of = (id: string) => rows.find((r) => r.id === id)!;
      expect(of(original.articleId)).toMatchObject({ duplicate_of: null });
      expect(of(exactCopy.articleId)).toMatchObject({ duplicate_of: original.articleId, duplicate_kind: 'exact' });
      expect(of(nearCopy.articleId)).toMatchObject({ duplicate_of: original.articleId, duplicate_kind: 'near' });
      expect(of(other.articleId)).toMatchObject({ duplicate_of: null });
      expect(await dedupe.handle([nearCopy, other])).toEqual({ accepted: 1, duplicate: 1, redelivered: 2 });
    });

    it('gives two articles of one batch that introduce the same new person one entity, and counts both', async () => {
      const name = 'Ottilie Vangsgaard';
      const texts = [`${story(3)}\n${name} opened the new harbour on Tuesday.`, `${story(4)}\nThe harbour was opened by ${name}, who spoke briefly.`];
      const messages = texts.map((text, i) => receivedMessage(text, `batch-entity-${i}.txt`));
      await dedupe.handle(messages);
      await entities.handle(messages.map(ref));
      await entities.handle(messages.map(ref));
      const found = await t.db.query(`SELECT id, mention_count, article_count FROM entities WHERE canonical = $1`, [name]);
      expect(found).toHaveLength(1);
      expect(found[0].article_count).toBe(2);
      const mentions = await t.db.query(`SELECT count(*)::int AS n FROM mentions WHERE entity_id = $1`, [found[0].id]);
      expect(found[0].mention_count).toBe(mentions[0].n);
    });

    it('stores a batch of the seeds like one article at a time, and a redelivered batch changes nothing', async () => {
      const messages = readdirSync(SEEDS).map((f) => receivedMessage(`${readFileSync(join(SEEDS, f), 'utf8')}\nBatch edition.`, `batch-${f}`));
      await dedupe.handle(messages);
      const stages = async () => {
        await entities.handle(messages.map(ref));
        await quotes.handle(messages.map((m) => ({ ...ref(m), mentions: 0 })));
      };
      await stages();
      const once = await counts();
      await stages();
      expect(await counts()).toEqual(once);
      const stored: Array<{ id: string; boilerplate: Array<{ start: number; end: number }>; mentions: number; quotes: number }> = await t.db.query(
        `SELECT a.id, a.boilerplate, (SELECT count(*)::int FROM mentions m WHERE m.article_id = a.id) AS mentions,
                (SELECT count(*)::int FROM quotes q WHERE q.article_id = a.id) AS quotes
         FROM articles a WHERE a.id = ANY($1)`,
        [messages.map((m) => m.articleId)],
      );
      expect(stored).toHaveLength(messages.length);
      for (const m of messages) {
        const row = stored.find((r) => r.id === m.articleId)!;
        const alone = analyseBody(m.text!, row.boilerplate);
        expect({ mentions: row.mentions, quotes: row.quotes }).toEqual({ mentions: alone.entities.length, quotes: alone.quotes.length });
      }
    });
    it('deleting an article by hand removes its mentions, quotes and quote anchors, and no stage writes rows for an article not stored', async () => {
      const message = receivedMessage(`${story(5)}\nMireille Oudkerk said: "The harbour stays open all winter."`, 'batch-deleted.txt');
      await dedupe.handle([message]);
      await entities.handle([ref(message)]);
      await quotes.handle([{ ...ref(message), mentions: 0 }]);
      const rowsOf = async () => {
        const [row] = await t.db.query(
          `SELECT (SELECT count(*)::int FROM mentions WHERE article_id = $1) AS mentions, (SELECT count(*)::int FROM quotes WHERE article_id = $1) AS quotes,
                  (SELECT count(*)::int FROM quote_anchors qa WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.id = qa.quote_id)) AS orphan_anchors,
                  (SELECT count(*)::int FROM entity_articles WHERE article_id = $1) AS entity_articles`,
          [message.articleId],
        );
        return row;
      };
      const stored = await rowsOf();
      expect(stored.mentions).toBeGreaterThan(0);
      expect(stored.quotes).toBeGreaterThan(0);
      await t.db.query(`DELETE FROM articles WHERE id = $1`, [message.articleId]);
      expect(await rowsOf()).toEqual({ mentions: 0, quotes: 0, orphan_anchors: 0, entity_articles: 0 });
      const linking = new EntityLinkingRepository(t.db);
      const quoteStore = new QuoteRepository(t.db);
      const mention = { text: 'Mireille Oudkerk', type: 'PERSON' as const, start: 0, end: 16, canonical: 'Mireille Oudkerk' };
      await expect(linking.storeMentions(message.articleId, [mention], 'test')).rejects.toThrow(`article ${message.articleId} is not stored`);
      const quote = { text: 'The harbour stays open', start: 0, end: 22, kind: 'direct' as const, speaker: null, speakerCanonical: null, cue: null };
      await expect(quoteStore.storeQuotes(message.articleId, [quote], 'test')).rejects.toThrow(`article ${message.articleId} is not stored`);
      expect(await rowsOf()).toEqual({ mentions: 0, quotes: 0, orphan_anchors: 0, entity_articles: 0 });
    });
  });
});
