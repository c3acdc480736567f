import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'nats';
import { eventSubject } from '@newsflow/contracts';
import { AppProcess } from '../support/app-process';
import { generateArticle } from '../support/article-generator';
import { TestEnv, createTestEnv, waitFor } from '../support/test-env';

describe('watcher restarts (real NATS and PostgreSQL)', () => {
  let t: TestEnv;
  let watcher: AppProcess | undefined;

  beforeAll(async () => {
    t = await createTestEnv({ STABILITY_WINDOW_MS: '100' });
    mkdirSync(t.inbox, { recursive: true });
  });
  afterAll(async () => {
    await watcher?.stop();
    await t?.cleanup();
  });

  const publishedCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM file_ledger WHERE state = 'published'`))[0].n as number;

  it('publishes each of 1,000 files exactly once although it is killed with -9 mid-batch and restarted twice', async () => {
    for (let i = 0; i < 1000; i++) {
      const g = generateArticle(i, 3);
      writeFileSync(join(t.inbox, g.fileName), g.text);
    }
    watcher = await new AppProcess('watcher', t.env).start();
    await waitFor('part of the batch to be published', async () => (await publishedCount()) >= 150, 60_000, 20);
    watcher.kill9();
    const afterFirstKill = await publishedCount();
    expect(afterFirstKill).toBeLessThan(1000);

    watcher = await new AppProcess('watcher', t.env).start();
    await waitFor('more of the batch', async () => (await publishedCount()) >= afterFirstKill + 150, 60_000, 20);
    watcher.kill9();

    watcher = await new AppProcess('watcher', t.env).start();
    await waitFor('all 1,000 files', async () => (await publishedCount()) === 1000, 120_000, 200);

    const ledger = await t.db.query(`SELECT count(*)::int AS rows, count(DISTINCT path)::int AS paths FROM file_ledger`);
    expect(ledger[0]).toEqual({ rows: 1000, paths: 1000 });

    const nc = await connect({ servers: t.config.NATS_URL });
    const info = await (await nc.jetstreamManager()).streams.info(t.config.STREAM_NAME, { subjects_filter: '>' });
    await nc.close();
    expect(info.state.subjects?.[eventSubject(t.config.SUBJECT_PREFIX, 'received')]).toBe(1000);
  });
});
