import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NatsConnection } from 'nats';
import { LedgerEntry, Page, PipelineStatus } from '@newsflow/contracts';
import { connectNats, ensureStageConsumer } from '@newsflow/messaging';
import { PipelineQueries } from '@newsflow/persistence';
import { AppProcess, startApps } from '../support/app-process';
import { generateArticle } from '../support/article-generator';
import { TestEnv, createTestEnv, waitFor } from '../support/test-env';

interface LedgerRow {
  path: string;
  state: string;
  reason: string | null;
  redrives: number;
  stored: number;
}

const ledgerRow = async (t: TestEnv, path: string): Promise<LedgerRow | undefined> =>
  (
    await t.db.query(
      `SELECT f.path, f.state, f.reason, (to_jsonb(f) ->> 'redrives')::int AS redrives,
              (SELECT count(*)::int FROM articles a WHERE a.file_hash = f.content_hash) AS stored
       FROM file_ledger f WHERE f.path = $1`,
      [path],
    )
  )[0];

/** "Published" on the ledger means the article is stored or in flight (issue 18). */
describe('published means stored (real NATS and PostgreSQL)', () => {
  describe('a dead-lettered article', () => {
    let t: TestEnv;
    const apps: AppProcess[] = [];
    const api = async <T>(path: string, init?: RequestInit): Promise<T> => (await fetch(`http://127.0.0.1:${t.env.QUERY_PORT}${path}`, init)).json() as Promise<T>;

    beforeAll(async () => {
      t = await createTestEnv({ MAX_DELIVER: '2' });
      mkdirSync(t.inbox, { recursive: true });
      // A store that fails for one article only, as the long-line index error did: a permanent failure of its own.
      await t.db.query(`CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.title = 'Poison pill' THEN RAISE EXCEPTION 'this article cannot be stored'; END IF; RETURN NEW; END $$`);
      await t.db.query(`CREATE TRIGGER refuse_poison BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse_poison()`);
      apps.push(...(await startApps(['watcher', 'dedupe', 'entities', 'quotes', 'query'], t.env)));
    });
    afterAll(async () => {
      await Promise.all(apps.map((a) => a.stop()));
      await t?.cleanup();
    });

    it('marks its file dead-lettered with the reason, counts it in the status, and a replay that completes clears it', async () => {
      writeFileSync(join(t.inbox, 'poison.txt'), 'Poison pill\n\nThe minister said on Monday that the plan would go ahead as agreed.\n');
      writeFileSync(join(t.inbox, 'good.txt'), generateArticle(1, 18).text);
      await waitFor('the good file to be stored', async () => (await ledgerRow(t, 'good.txt'))?.stored === 1, 60_000);
      const row = await waitFor('the poison file to be dead-lettered', async () => {
        const r = await ledgerRow(t, 'poison.txt');
        return r?.state === 'dead-lettered' ? r : null;
      }, 60_000);
      expect(row.stored).toBe(0);

      const files = await api<Page<LedgerEntry>>('/files?state=dead-lettered');
      expect(files.items.map((f) => f.path)).toEqual(['poison.txt']);
      expect(files.items[0].deadLetters).toEqual([
        expect.objectContaining({ stage: 'dedupe', reason: expect.stringContaining('this article cannot be stored'), deadLetterId: expect.any(String) }),
      ]);
      const status = await api<PipelineStatus>('/pipeline/status');
      expect(status.files).toMatchObject({ published: 1, 'dead-lettered': 1 });

      await t.db.query(`DROP TRIGGER refuse_poison ON articles`);
      const replay = await fetch(`http://127.0.0.1:${t.env.QUERY_PORT}/dead-letters/${files.items[0].deadLetters[0].deadLetterId}/replay`, { method: 'POST' });
      expect(replay.status).toBe(200);
      await waitFor('the replayed article to complete', async () => {
        const [a] = await t.db.query(`SELECT state FROM articles WHERE title = 'Poison pill'`);
        return a?.state === 'completed';
      }, 60_000);
      expect(await ledgerRow(t, 'poison.txt')).toMatchObject({ state: 'published', stored: 1 });
      const after = await api<Page<LedgerEntry>>('/files?path=poison.txt');
      expect(after.items[0]).toMatchObject({ state: 'published', deadLetters: [] });
      expect((await api<PipelineStatus>('/pipeline/status')).files).toEqual({ published: 2 });
    });
  });

  describe('reconciliation', () => {
    let t: TestEnv;
    let nc: NatsConnection;
    const apps: AppProcess[] = [];

    beforeAll(async () => {
      t = await createTestEnv({ RESCAN_INTERVAL_MS: '1000' });
      mkdirSync(t.inbox, { recursive: true });
      nc = await connectNats(t.config.NATS_URL, 'reconciliation-test');
    });
    afterAll(async () => {
      await Promise.all(apps.map((a) => a.stop()));
      await nc?.close();
      await t?.cleanup();
    });

    it('sends again a published file whose article never arrived, and gives up one whose file is gone, with the reason', async () => {
      apps.push(await new AppProcess('watcher', t.env).start());
      writeFileSync(join(t.inbox, 'kept.txt'), generateArticle(2, 18).text);
      writeFileSync(join(t.inbox, 'deleted.txt'), generateArticle(3, 18).text);
      await waitFor('both files published', async () => (await t.db.query(`SELECT count(*)::int AS n FROM file_ledger WHERE state = 'published'`))[0].n === 2);

      rmSync(join(t.inbox, 'deleted.txt'));
      // The messages are taken and acknowledged by someone else (as another installation's stage did):
      // the files say published, and their articles will never arrive.
      const jsm = await nc.jetstreamManager();
      await ensureStageConsumer(jsm, t.config, 'dedupe');
      const taken = await (await nc.jetstream().consumers.get(t.config.STREAM_NAME, 'dedupe')).fetch({ max_messages: 10, expires: 2000 });
      let acked = 0;
      for await (const m of taken) {
        m.ack();
        if (++acked === 2) break;
      }
      expect(acked).toBe(2);

      await waitFor('the kept file to be sent again', async () => (await ledgerRow(t, 'kept.txt'))?.redrives === 1, 30_000);
      const gone = await waitFor('the deleted file to be given up', async () => {
        const r = await ledgerRow(t, 'deleted.txt');
        return r?.state === 'rejected' ? r : null;
      }, 30_000);
      expect(gone.reason).toMatch(/never reached the database, and the file is no longer in the inbox/);

      apps.push(...(await startApps(['dedupe', 'entities', 'quotes'], t.env)));
      await waitFor('the kept file to be stored', async () => (await ledgerRow(t, 'kept.txt'))?.stored === 1, 60_000);
      expect(await ledgerRow(t, 'kept.txt')).toMatchObject({ state: 'published', redrives: 1 });
      const [totals] = await t.db.query(`SELECT sum(redriven)::int AS redriven, sum(gone)::int AS gone FROM reconciliations`);
      expect(totals).toEqual({ redriven: 1, gone: 1 });
      expect((await new PipelineQueries(t.db).reconciliation()).lastAction).not.toBeNull();
      // Once stored, later passes leave it alone.
      await new Promise((r) => setTimeout(r, 2500));
      expect((await ledgerRow(t, 'kept.txt'))?.redrives).toBe(1);
    });
  });
});
