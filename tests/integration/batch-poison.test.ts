import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JetStreamManager, NatsConnection } from 'nats';
import { ArticleReceived, DeadLetter, PipelineEvent, StageName, eventSubject } from '@newsflow/contracts';
import { DeadLetterStore, PipelinePublisher, claimCheckBucket, connectNats, ensureStreams, readStageLag } from '@newsflow/messaging';
import { completedArticleProblems, sharedRowProblems, storedArticles } from '../faults/support/verify-outcome';
import { AppName, AppProcess } from '../support/app-process';
import { generateArticle } from '../support/article-generator';
import { receivedMessage } from '../support/messages';
import { TestEnv, createTestEnv, waitFor } from '../support/test-env';

/**
 * Poison messages inside one pulled batch, for each consuming stage. Every stage's input is published in
 * one burst while that stage is not running, so its first pull (FETCH_BATCH 32) returns the good messages
 * and the poison together, with the poison in the middle:
 *   dedupe   [wave 2 good..., not JSON, schema-invalid, lost claim check, wave 2 good...]
 *   entities [wave 1 accepted..., schema-invalid, article not stored, wave 2 accepted...]
 *   quotes   [wave 1+2 entities-extracted..., schema-invalid, article not stored, wave 3 entities-extracted...]
 */
const MAX_DELIVER = 3;
const SEEDS = join(__dirname, '..', '..', 'seeds');
const seedMessages = readdirSync(SEEDS).sort().map((f) => receivedMessage(readFileSync(join(SEEDS, f), 'utf8'), f));
const generated = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => generateArticle(from + k, 77)).map((g) => receivedMessage(g.text, g.fileName));
const WAVES = [
  [...seedMessages.slice(0, 2), ...generated(0, 8)],
  [...seedMessages.slice(2, 4), ...generated(8, 16)],
  [seedMessages[4], ...generated(16, 25)],
];
const GOOD = WAVES.flat();
/** Ids of articles that exist nowhere: what a stage is told about after the article was lost or purged. */
const NOT_STORED = { entities: receivedMessage('An article that was never stored, told to entities.').articleId, quotes: receivedMessage('An article that was never stored, told to quotes.').articleId };

interface Poison {
  stage: StageName;
  event: PipelineEvent;
  data: string;
  reason: RegExp;
  /** Deliveries recorded on the dead letter: 1 for what fails at once, MAX_DELIVER for what keeps failing. */
  deliveries: number | 'at least 1';
  articleId?: string;
}

const withoutText = (m: ArticleReceived) => ({ ...m, text: undefined });
const POISON: Record<'dedupe' | 'entities' | 'quotes', Poison[]> = {
  dedupe: [
    // Cut off mid-write by a broken producer.
    { stage: 'dedupe', event: 'received', data: JSON.stringify(receivedMessage('A truncated article.', 'truncated.txt')).slice(0, 150), reason: /^payload is not JSON/, deliveries: 1 },
    // Neither the text nor a claim check.
    { stage: 'dedupe', event: 'received', data: JSON.stringify(withoutText(receivedMessage('An article whose text was left out.', 'no-text.txt'))), reason: /^invalid received payload: .*exactly one of text and textRef/, deliveries: 1 },
  ],
  entities: [
    // A producer on a newer contract version.
    { stage: 'entities', event: 'accepted', data: JSON.stringify({ v: 2, articleId: receivedMessage('From a newer producer.').articleId, droppedAt: Date.now() }), reason: /^invalid accepted payload: v: /, deliveries: 1 },
    { stage: 'entities', event: 'accepted', data: JSON.stringify({ v: 1, articleId: NOT_STORED.entities, droppedAt: Date.now(), path: 'vanished.txt' }), reason: /not stored/, deliveries: 'at least 1', articleId: NOT_STORED.entities },
  ],
  quotes: [
    { stage: 'quotes', event: 'entities-extracted', data: JSON.stringify({ v: 1, articleId: receivedMessage('A negative count.').articleId, droppedAt: Date.now(), mentions: -1 }), reason: /^invalid entities-extracted payload: mentions: /, deliveries: 1 },
    { stage: 'quotes', event: 'entities-extracted', data: JSON.stringify({ v: 1, articleId: NOT_STORED.quotes, droppedAt: Date.now(), path: 'vanished.txt', mentions: 4 }), reason: /not stored/, deliveries: 'at least 1', articleId: NOT_STORED.quotes },
  ],
};

describe('a poison message in the middle of one pulled batch, in each stage', () => {
  let t: TestEnv;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let publisher: PipelinePublisher;
  let dlq: DeadLetterStore;
  const apps: AppProcess[] = [];
  /** POISON.dedupe and a message that is schema-valid but whose claim-checked text is gone from the object store, so it fails on every delivery. */
  let dedupePoison: Poison[];

  beforeAll(async () => {
    t = await createTestEnv({ FETCH_BATCH: '32', CONCURRENCY: '32', MAX_DELIVER: String(MAX_DELIVER) });
    nc = await connectNats(t.config.NATS_URL, 'batch-poison-test');
    jsm = await nc.jetstreamManager();
    await ensureStreams(jsm, t.config);
    publisher = new PipelinePublisher(nc.jetstream(), t.config);
    dlq = new DeadLetterStore(jsm, nc.jetstream(), t.config.STREAM_NAME);
    const lost = { ...withoutText(receivedMessage('An article whose claim-checked text expired.', 'expired.txt')), textRef: { bucket: claimCheckBucket(t.config.STREAM_NAME), key: 'expired-text', bytes: 300_000 } };
    const lostClaimCheck: Poison = { stage: 'dedupe', event: 'received', data: JSON.stringify(lost), reason: new RegExp(`^gave up after ${MAX_DELIVER} deliveries: .*missing from the object store`), deliveries: MAX_DELIVER };
    dedupePoison = [...POISON.dedupe, lostClaimCheck];
  });

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await nc?.close();
    await t?.cleanup();
  });

  const start = async (name: AppName) => {
    const app = await new AppProcess(name, t.env).start();
    apps.push(app);
    return app;
  };
  const publishGood = (messages: ArticleReceived[]) => Promise.all(messages.map((m) => publisher.publish('received', m, m.fileHash)));
  const publishPoison = async (poison: Poison[]) => {
    for (const p of poison) await nc.jetstream().publish(eventSubject(t.config.SUBJECT_PREFIX, p.event), new TextEncoder().encode(p.data));
  };
  const lagOf = async (stage: StageName) => (await readStageLag(jsm, t.config.STREAM_NAME)).find((l) => l.stage === stage)!;
  /** The stage's durable consumer has delivered, and nothing is left pending or awaiting its ack. */
  const drained = (stage: StageName) =>
    waitFor(`the ${stage} consumer to drain`, async () => {
      const lag = await lagOf(stage);
      if (lag.delivered > 0 && lag.pending === 0 && lag.ackPending === 0) return true;
      throw new Error(`${lag.delivered} delivered, ${lag.pending} pending, ${lag.ackPending} awaiting ack, ${lag.redelivered} redelivered`);
    }, 45_000);
  const doneIn = async (stage: StageName): Promise<string[]> =>
    (await t.db.query(`SELECT article_id FROM article_stages WHERE stage = $1 AND status = 'done' ORDER BY 1`, [stage])).map((r: { article_id: string }) => r.article_id);
  const waitDone = (stage: StageName, messages: ArticleReceived[]) =>
    waitFor(`${messages.length} articles done in ${stage}`, async () => (await doneIn(stage)).length >= messages.length, 45_000);
  const idsOf = (messages: ArticleReceived[]) => messages.map((m) => m.articleId).sort();
  const lettersOf = async (stage: StageName) => (await dlq.list(1000)).filter((l) => l.stage === stage);

  /** Each poison message is parked exactly once, with its reason and delivery count, and nothing else is. */
  const expectParkedOnce = (letters: DeadLetter[], poison: Poison[]) => {
    expect(letters).toHaveLength(poison.length);
    for (const p of poison) {
      const matching = letters.filter((l) => p.reason.test(l.reason));
      expect({ reason: p.reason.source, parked: matching.length }).toEqual({ reason: p.reason.source, parked: 1 });
      const [letter] = matching;
      expect(letter.subject).toBe(eventSubject(t.config.SUBJECT_PREFIX, p.event));
      if (p.deliveries === 'at least 1') expect(letter.deliveries).toBeGreaterThanOrEqual(1);
      else expect(letter.deliveries).toBe(p.deliveries);
      if (p.articleId) expect(letter.articleId).toBe(p.articleId);
    }
  };

  it('dedupe stores every good article of a batch that holds poison, and parks each poison message once', async () => {
    // Wave 1 alone, so that entities later finds accepted messages on both sides of its poison.
    await publishGood(WAVES[0]);
    const first = await start('dedupe');
    await waitDone('dedupe', WAVES[0]);
    await drained('dedupe');
    await first.stop();
    await publishPoison(POISON.entities);

    await publishGood(WAVES[1].slice(0, 5));
    await publishPoison(dedupePoison);
    await publishGood(WAVES[1].slice(5));
    await start('dedupe');
    await waitDone('dedupe', [...WAVES[0], ...WAVES[1]]);
    await waitFor('the dedupe poison to be parked', async () => (await lettersOf('dedupe')).length >= dedupePoison.length, 45_000);
    await drained('dedupe');

    expect(await doneIn('dedupe')).toEqual(idsOf([...WAVES[0], ...WAVES[1]]));
    expectParkedOnce(await lettersOf('dedupe'), dedupePoison);
  });

  it('entities extracts every accepted article of a batch that holds poison, and parks each poison message once', async () => {
    await start('entities');
    await waitDone('entities', [...WAVES[0], ...WAVES[1]]);
    await waitFor('the entities poison to be parked', async () => (await lettersOf('entities')).length >= POISON.entities.length, 45_000);
    await drained('entities');

    expect(await doneIn('entities')).toEqual(idsOf([...WAVES[0], ...WAVES[1]]));
    expectParkedOnce(await lettersOf('entities'), POISON.entities);
  });

  it('quotes completes every article of a batch that holds poison, and parks each poison message once', async () => {
    // Quotes is not running yet: its input piles up as one batch, with the poison between two waves.
    await publishPoison(POISON.quotes);
    await publishGood(WAVES[2]);
    await waitDone('entities', GOOD);
    await drained('entities');
    await start('quotes');
    await waitDone('quotes', GOOD);
    await waitFor('the quotes poison to be parked', async () => (await lettersOf('quotes')).length >= POISON.quotes.length, 45_000);
    await drained('quotes');

    expect(await doneIn('quotes')).toEqual(idsOf(GOOD));
    expectParkedOnce(await lettersOf('quotes'), POISON.quotes);
  });

  it('ends with every good article completed exactly once, and nothing redelivered or parked again', async () => {
    // Longer than the largest retry delay (BACKOFF_MAX_MS): a message still going round would show.
    await new Promise((r) => setTimeout(r, Number(t.env.BACKOFF_MAX_MS) + 1500));
    for (const stage of ['dedupe', 'entities', 'quotes'] as const) {
      const lag = await lagOf(stage);
      expect({ stage, pending: lag.pending, ackPending: lag.ackPending }).toEqual({ stage, pending: 0, ackPending: 0 });
    }
    expect(await dlq.countsByStage()).toEqual({ dedupe: dedupePoison.length, entities: POISON.entities.length, quotes: POISON.quotes.length });

    const articles = await storedArticles(t.db);
    expect(articles.map((a) => a.id).sort()).toEqual(idsOf(GOOD));
    for (const a of articles) expect({ path: a.path, problems: completedArticleProblems(a) }).toEqual({ path: a.path, problems: [] });
    // The seeds are real news: the check above compared real mentions and quotes, not empty lists.
    expect(articles.reduce((n, a) => n + a.quotes, 0)).toBeGreaterThan(GOOD.length);
    expect(await sharedRowProblems(t.db)).toEqual([]);
  });
});
