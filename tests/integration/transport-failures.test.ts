import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NatsConnection } from 'nats';
import { eventSubject } from '@newsflow/contracts';
import { DeadLetterStore, PipelinePublisher, connectNats, ensureStreams } from '@newsflow/messaging';
import { AppProcess } from '../support/app-process';
import { receivedMessage } from '../support/messages';
import { TcpProxy } from '../support/tcp-proxy';
import { TestEnv, createTestEnv, freePort, waitFor } from '../support/test-env';

const SEED = readFileSync(join(__dirname, '..', '..', 'seeds', '002_3b75d2818966ca8b.txt'), 'utf8');

describe('the JetStream transport in a running dedupe app', () => {
  let t: TestEnv;
  let nc: NatsConnection;
  let publisher: PipelinePublisher;
  let dlq: DeadLetterStore;
  let proxy: TcpProxy;
  let app: AppProcess;

  beforeAll(async () => {
    const proxyPort = await freePort();
    t = await createTestEnv();
    const direct = new URL(t.env.DATABASE_URL);
    proxy = new TcpProxy(proxyPort, { host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.open();
    const viaProxy = new URL(t.env.DATABASE_URL);
    viaProxy.port = String(proxyPort);
    nc = await connectNats(t.config.NATS_URL, 'transport-test');
    const jsm = await nc.jetstreamManager();
    await ensureStreams(jsm, t.config);
    publisher = new PipelinePublisher(nc.jetstream(), t.config);
    dlq = new DeadLetterStore(jsm, nc.jetstream(), t.config.STREAM_NAME);
    app = await new AppProcess('dedupe', { ...t.env, DATABASE_URL: viaProxy.toString(), MAX_DELIVER: '20' }).start();
  });

  afterAll(async () => {
    await app?.stop();
    await proxy?.cut();
    await nc?.close();
    await t?.cleanup();
  });

  const stored = async (id: string) => (await t.db.query(`SELECT id FROM articles WHERE id = $1`, [id])).length === 1;

  it('dead-letters a payload that fails its schema, with the reason, and keeps consuming', async () => {
    await nc.jetstream().publish(eventSubject(t.config.SUBJECT_PREFIX, 'received'), new TextEncoder().encode(JSON.stringify({ v: 1, articleId: 'x' })));
    await nc.jetstream().publish(eventSubject(t.config.SUBJECT_PREFIX, 'received'), new TextEncoder().encode('not json at all'));
    const letters = await waitFor('two dead letters', async () => {
      const list = await dlq.list();
      return list.length >= 2 ? list : null;
    });
    expect(letters.map((l) => l.stage)).toEqual(['dedupe', 'dedupe']);
    expect(letters[0].reason).toMatch(/^invalid received payload: articleId: /);
    expect(letters[1].reason).toMatch(/^payload is not JSON/);
    expect(letters[0].deliveries).toBe(1);
    expect(await dlq.countsByStage()).toEqual({ dedupe: 2 });

    const good = receivedMessage(SEED, 'after-poison.txt');
    await publisher.publish('received', good, good.fileHash);
    await waitFor('the good article to be stored', () => stored(good.articleId));
  });

  it('retries while PostgreSQL is unreachable and stores the article once it is back', async () => {
    await proxy.cut();
    const message = receivedMessage(`${SEED}\nA closing line that makes this body new.`, 'during-outage.txt');
    await publisher.publish('received', message, message.fileHash);
    await waitFor('a retry to be logged', async () => app.output.join('').includes('retrying'), 20_000);
    expect(await stored(message.articleId)).toBe(false);
    await proxy.open();
    await waitFor('the article to be stored after the outage', () => stored(message.articleId), 30_000);
    const dead = await dlq.list();
    expect(dead.filter((d) => d.articleId === message.articleId)).toEqual([]);
    const stages = await t.db.query(`SELECT count(*)::int AS n FROM article_stages WHERE article_id = $1 AND stage = 'dedupe'`, [message.articleId]);
    expect(stages[0].n).toBe(1);
  });
});
