import { NatsConnection } from 'nats';
import { DedupeEngine } from '@newsflow/dedupe';
import { PipelinePublisher, isInfrastructureError } from '@newsflow/messaging';
import { ArticleDedupeRepository, IncomingArticle } from '@newsflow/persistence';
import { ArticleRetraction } from '@newsflow/platform';
import { ArticleReceived } from '@newsflow/contracts';
import { DedupeService } from '../../apps/dedupe/src/dedupe.service';
import { EntitiesService } from '../../apps/entities/src/entities.service';
import { QuotesService } from '../../apps/quotes/src/quotes.service';
import { generateArticle } from '../support/article-generator';
import { inexactCounters } from '../support/exact-counters';
import { receivedMessage } from '../support/messages';
import { stageServices } from '../support/stage-services';
import { TestEnv, createTestEnv } from '../support/test-env';

/** Versions, retraction and their races, through the stage handlers on real PostgreSQL and NATS. */
describe('article versions and retraction in the stages', () => {
  let t: TestEnv;
  let nc: NatsConnection;
  let dedupe: DedupeService;
  let entities: EntitiesService;
  let quotes: QuotesService;
  let retraction: ArticleRetraction;

  const extract = async (articleId: string) => {
    const ref = { v: 1 as const, articleId, droppedAt: Date.now() };
    await entities.handle([ref]);
    await quotes.handle([{ ...ref, mentions: 0 }]);
  };
  const ingest = async (m: ArticleReceived) => {
    await dedupe.handle([m]);
    await extract(m.articleId);
  };
  const row = async (id: string) => (await t.db.query(`SELECT * FROM articles WHERE id = $1`, [id]))[0];
  const derived = async (id: string) => ({
    mentions: Number((await t.db.query(`SELECT count(*) FROM mentions WHERE article_id = $1`, [id]))[0].count),
    quotes: Number((await t.db.query(`SELECT count(*) FROM quotes WHERE article_id = $1`, [id]))[0].count),
    signatures: Number((await t.db.query(`SELECT count(*) FROM dedupe_signatures WHERE article_id = $1`, [id]))[0].count),
  });
  const at = (text: string, path: string, droppedAt: number) => ({ ...receivedMessage(text, path), droppedAt });
  const asTheTransportWould = async (handle: () => Promise<unknown>): Promise<void> => {
    for (let delivery = 1; ; delivery++) {
      try {
        await handle();
        return;
      } catch (error) {
        if (delivery >= 5 || !isInfrastructureError(error)) throw error;
      }
    }
  };

  beforeAll(async () => {
    t = await createTestEnv();
    let publisher: PipelinePublisher;
    ({ nc, publisher, dedupe, entities, quotes } = await stageServices(t, 'article-versions-test'));
    retraction = new ArticleRetraction(t.db, publisher);
  });

  afterAll(async () => {
    await nc?.close();
    await t?.cleanup();
  });

  it('a correction at the same path is a new version, extracted, and the old one keeps no derived rows', async () => {
    const v1 = generateArticle(1).text;
    const v2 = v1.replace(/said\./, 'said on Tuesday.');
    const first = at(v1, 'story.txt', 1000);
    const second = at(v2, 'story.txt', 2000);
    await ingest(first);
    expect((await derived(first.articleId)).quotes).toBeGreaterThan(0);
    await ingest(second);
    // Redelivered, both of them: nothing changes.
    await ingest(second);
    await dedupe.handle([first]);
    await extract(first.articleId);

    expect(await row(first.articleId)).toMatchObject({ state: 'superseded', superseded_by: second.articleId, version: 1 });
    expect(await row(second.articleId)).toMatchObject({ state: 'completed', previous_version: first.articleId, version: 2, duplicate_of: null });
    expect(await derived(first.articleId)).toEqual({ mentions: 0, quotes: 0, signatures: 0 });
    expect((await derived(second.articleId)).quotes).toBeGreaterThan(0);
    expect(await inexactCounters(t.db)).toEqual([]);

    // Nearly the same text at another path is still a duplicate, of the current version.
    const copy = at(`${v2}\nShare this story.\n`, 'copy.txt', 3000);
    await dedupe.handle([copy]);
    expect(await row(copy.articleId)).toMatchObject({ state: 'duplicate', duplicate_of: second.articleId });
  });

  it("a correction of a cluster's original keeps the cluster: its copies point at the new version", async () => {
    const v1 = generateArticle(7).text;
    const original = at(v1, 'wire.txt', 1000);
    const copy = at(`${v1}\nRead more on our site.\n`, 'wire-copy.txt', 2000);
    const corrected = at(v1.replace(/said\./, 'said on Monday.'), 'wire.txt', 3000);
    await ingest(original);
    await dedupe.handle([copy]);
    await ingest(corrected);
    expect(await row(corrected.articleId)).toMatchObject({ state: 'completed', duplicate_of: null, version: 2 });
    expect(await row(copy.articleId)).toMatchObject({ state: 'duplicate', duplicate_of: corrected.articleId });
    const clusters = await t.db.query(`SELECT article_id, cluster_id FROM dedupe_signatures WHERE article_id = ANY($1) ORDER BY article_id`, [[copy.articleId, corrected.articleId]]);
    expect(clusters.map((c: { cluster_id: string }) => c.cluster_id)).toEqual([corrected.articleId, corrected.articleId]);
  });

  it('a correction that copies another story hands its old cluster to the earliest copy, sent again until extracted', async () => {
    const repository = new ArticleDedupeRepository(t.db, await DedupeEngine.create());
    const incoming = (m: ArticleReceived): IncomingArticle => ({ ...m, id: m.articleId, text: m.text!, body: m.text!, boilerplate: [] });
    const other = at(generateArticle(30).text, 'other.txt', 1000);
    const mine = generateArticle(31).text;
    const [a, copy] = [at(mine, 'mine.txt', 2000), at(`${mine}\nShare this story.\n`, 'mine-copy.txt', 3000)];
    const corrected = at(`${generateArticle(30).text}\nCorrected.\n`, 'mine.txt', 4000);
    await ingest(other);
    await ingest(a);
    await dedupe.handle([copy]);
    const [first] = await repository.storeBatch([incoming(corrected)], 'test');
    expect(first.verdict.duplicateOf).toBe(other.articleId);
    expect(first.promoted.map((p) => p.id)).toEqual([copy.articleId]);
    expect(await row(a.articleId)).toMatchObject({ state: 'superseded', cluster_heir: copy.articleId });
    expect(await row(copy.articleId)).toMatchObject({ state: 'accepted', duplicate_of: null });
    // The sends may have been lost: a redelivery reports the heir again until it is extracted.
    const [again] = await repository.storeBatch([incoming(corrected)], 'test');
    expect(again).toMatchObject({ redelivered: true, version: 2, previousVersion: a.articleId });
    expect(again.promoted.map((p) => p.id)).toEqual([copy.articleId]);
    await extract(copy.articleId);
    expect((await repository.storeBatch([incoming(corrected)], 'test'))[0].promoted).toEqual([]);
    expect(await row(copy.articleId)).toMatchObject({ state: 'completed' });
    expect(await inexactCounters(t.db)).toEqual([]);
  });

  it("keeps an old version's rows until its correction's stages replace them, and a retraction meanwhile removes them", async () => {
    const text = generateArticle(9).text;
    const [v1, v2] = [at(text, 'pending.txt', 1000), at(text.replace('Report 9', 'Report nine'), 'pending.txt', 2000)];
    await ingest(v1);
    const before = await derived(v1.articleId);
    await dedupe.handle([v2]);
    // Superseded, its quotes and mentions stay until v2's replace them: queries never show neither.
    expect(await row(v1.articleId)).toMatchObject({ state: 'superseded' });
    expect(await derived(v1.articleId)).toEqual({ ...before, signatures: 0 });
    const [r] = (await retraction.retract({ path: 'pending.txt' }))!;
    expect(r.id).toBe(v2.articleId);
    await extract(v2.articleId);
    expect(await derived(v1.articleId)).toEqual({ mentions: 0, quotes: 0, signatures: 0 });
    expect(await derived(v2.articleId)).toEqual({ mentions: 0, quotes: 0, signatures: 0 });
    expect(await inexactCounters(t.db)).toEqual([]);
  });

  it('an older version arriving after a newer one is kept as superseded and never counts', async () => {
    const text = generateArticle(8).text;
    const [older, newer] = [at(text, 'late.txt', 1000), at(text.replace('Report 8', 'Report eight'), 'late.txt', 2000)];
    await ingest(newer);
    await ingest(older);
    expect(await row(newer.articleId)).toMatchObject({ state: 'completed', version: 1, superseded_by: null });
    expect(await row(older.articleId)).toMatchObject({ state: 'superseded', version: 2, superseded_by: newer.articleId, previous_version: null });
    expect(await derived(older.articleId)).toEqual({ mentions: 0, quotes: 0, signatures: 0 });
    expect((await derived(newer.articleId)).quotes).toBeGreaterThan(0);
    expect(await inexactCounters(t.db)).toEqual([]);
  });

  it('two versions of one file in one batch are stored one after the other', async () => {
    const v1 = generateArticle(2).text;
    const [a, b] = [at(v1, 'batch.txt', 1000), at(v1.replace('Report 2', 'Report two'), 'batch.txt', 2000)];
    await dedupe.handle([a, b]);
    await extract(a.articleId);
    await extract(b.articleId);
    expect(await row(a.articleId)).toMatchObject({ state: 'superseded', superseded_by: b.articleId });
    expect(await row(b.articleId)).toMatchObject({ state: 'completed', version: 2, duplicate_of: null });
    expect(await derived(a.articleId)).toEqual({ mentions: 0, quotes: 0, signatures: 0 });
    expect(await inexactCounters(t.db)).toEqual([]);
  });

  it('retracting an original promotes its earliest duplicate, which is extracted; counters stay exact', async () => {
    const text = generateArticle(3).text;
    const original = at(text, 'orig.txt', 1000);
    const copies = [at(`${text}\nShare this story.\n`, 'copy-1.txt', 2000), at(`${text}\nFollow us.\n`, 'copy-2.txt', 3000)];
    await ingest(original);
    for (const c of copies) await dedupe.handle([c]);
    expect((await row(copies[1].articleId)).duplicate_of).toBe(original.articleId);

    const [r] = (await retraction.retract({ id: original.articleId }))!;
    expect(r).toMatchObject({ id: original.articleId, alreadyRetracted: false, promoted: copies[0].articleId });
    expect(r.toExtract.map((p) => p.id)).toEqual([copies[0].articleId]);
    await extract(copies[0].articleId);

    expect(await row(original.articleId)).toMatchObject({ state: 'retracted', cluster_heir: copies[0].articleId });
    expect(await derived(original.articleId)).toEqual({ mentions: 0, quotes: 0, signatures: 0 });
    expect(await row(copies[0].articleId)).toMatchObject({ state: 'completed', duplicate_of: null });
    expect(await row(copies[1].articleId)).toMatchObject({ state: 'duplicate', duplicate_of: copies[0].articleId });
    expect((await derived(copies[0].articleId)).quotes).toBeGreaterThan(0);
    expect(await inexactCounters(t.db)).toEqual([]);

    // A repeat changes nothing and has nothing left to send.
    const [again] = (await retraction.retract({ path: 'orig.txt' }))!;
    expect(again).toMatchObject({ id: original.articleId, alreadyRetracted: true, promoted: copies[0].articleId, toExtract: [] });
  });

  it('a retraction racing redeliveries of the same article neither resurrects it nor doubles a count', async () => {
    const messages = [4, 5, 6].map((i) => at(generateArticle(i).text, `race-${i}.txt`, 1000));
    for (const m of messages) await ingest(m);
    for (const m of messages) {
      // Every stage's message redelivered while the retraction runs, several times over. A batch chosen as a
      // deadlock's victim is rolled back and delivered again, as the transport would.
      const redeliveries = Array.from({ length: 3 }, () => asTheTransportWould(() => dedupe.handle([m]).then(() => extract(m.articleId))));
      await Promise.all([...redeliveries, retraction.retract({ id: m.articleId })]);
      await extract(m.articleId);
      await dedupe.handle([m]);
      expect(await row(m.articleId)).toMatchObject({ state: 'retracted' });
      expect(await derived(m.articleId)).toEqual({ mentions: 0, quotes: 0, signatures: 0 });
    }
    expect(await inexactCounters(t.db)).toEqual([]);
    const ids = messages.map((m) => m.articleId);
    const live = await t.db.query(`SELECT count(*)::int AS n FROM entity_articles WHERE article_id = ANY($1)`, [ids]);
    expect(live[0].n).toBe(0);
  });
});
