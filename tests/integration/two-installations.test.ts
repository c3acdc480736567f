import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NatsConnection } from 'nats';
import { PipelinePublisher, connectNats, ensureStreams } from '@newsflow/messaging';
import { installationIdOf } from '@newsflow/persistence';
import { AppProcess, startApps } from '../support/app-process';
import { receivedMessage } from '../support/messages';
import { TestEnv, createTestEnv, waitFor } from '../support/test-env';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const dropSeeds = (inbox: string) => {
  mkdirSync(inbox, { recursive: true });
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(inbox, f));
};
const count = async (t: TestEnv, sql: string) => Number((await t.db.query(sql))[0].n);

/**
 * The reproduction: two installations (two databases) on one NATS server with the same stream
 * name. Before, the second's consumers shared the first's, its publishes were taken for duplicates of the
 * first's, and its ledger said "published 5" while it stored nothing.
 */
describe('two installations on one NATS server (real NATS and PostgreSQL)', () => {
  let first: TestEnv;
  let second: TestEnv;
  let nc: NatsConnection;
  const apps: AppProcess[] = [];

  beforeAll(async () => {
    first = await createTestEnv();
    second = await createTestEnv();
    nc = await connectNats(first.config.NATS_URL, 'two-installations-test');
  });
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await nc?.close();
    await second?.cleanup();
    await first?.cleanup();
  });

  it('the second installation refuses to start with a message naming both, and never says published without storing', async () => {
    apps.push(...(await startApps(['watcher', 'dedupe', 'entities', 'quotes'], first.env)));
    dropSeeds(first.inbox);
    await waitFor('the first installation to store the 5 seeds', async () => (await count(first, `SELECT count(*) AS n FROM articles`)) === 5, 120_000);

    // Same NATS, same stream name and subjects, another database.
    const env = { ...second.env, STREAM_NAME: first.env.STREAM_NAME, SUBJECT_PREFIX: first.env.SUBJECT_PREFIX };
    dropSeeds(second.inbox);
    const [firstId, secondId] = [await installationIdOf(first.db), await installationIdOf(second.db)];
    const outcomes = await Promise.all(
      (['watcher', 'dedupe'] as const).map((name) => {
        const app = new AppProcess(name, env);
        return app.start().then(
          () => (apps.push(app), 'started'),
          () => app.output.join(''),
        );
      }),
    );
    for (const outcome of outcomes) {
      if (outcome === 'started') {
        // The other acceptable outcome: it runs, and then stores every article it says it published.
        await waitFor('the second installation to store all 5 seeds', async () => (await count(second, `SELECT count(*) AS n FROM articles`)) === 5, 60_000);
        continue;
      }
      expect(outcome).toContain(`NATS stream ${first.env.STREAM_NAME} belongs to installation ${firstId}`);
      expect(outcome).toContain(`this database is installation ${secondId}`);
    }
    const published = await count(second, `SELECT count(*) AS n FROM file_ledger WHERE state = 'published'`);
    const stored = await count(second, `SELECT count(*) AS n FROM articles`);
    expect(published === 0 || stored === 5).toBe(true);
    // The first installation is untouched: still its 5 articles, its stream still its own.
    expect(await count(first, `SELECT count(*) AS n FROM articles`)).toBe(5);
    const info = await (await nc.jetstreamManager()).streams.info(first.env.STREAM_NAME);
    expect(info.config.description).toContain(firstId);
  });

  it("another installation's message history never suppresses a publish", async () => {
    // Two installations' publishers on one stream (as if it were shared) with the same content hash.
    const stream = { ...first.config, STREAM_NAME: `${first.config.STREAM_NAME}_IDS`, SUBJECT_PREFIX: `${first.config.SUBJECT_PREFIX}_ids` };
    const jsm = await nc.jetstreamManager();
    await ensureStreams(jsm, stream);
    try {
      const message = receivedMessage('One article, dropped into two installations.');
      const a = await new PipelinePublisher(nc.jetstream(), stream, await installationIdOf(first.db)).publish('received', message, message.fileHash);
      const b = await new PipelinePublisher(nc.jetstream(), stream, await installationIdOf(second.db)).publish('received', message, message.fileHash);
      const again = await new PipelinePublisher(nc.jetstream(), stream, await installationIdOf(second.db)).publish('received', message, message.fileHash);
      expect([a.duplicate, b.duplicate, again.duplicate]).toEqual([false, false, true]);
    } finally {
      await jsm.streams.delete(stream.STREAM_NAME).catch(() => undefined);
      await jsm.streams.delete(`${stream.STREAM_NAME}_DLQ`).catch(() => undefined);
    }
  });
});
