import { NatsConnection } from 'nats';
import { PipelinePublisher, connectNats, ensureStreams } from '@newsflow/messaging';
import { AppProcess } from '../support/app-process';
import { generateArticle } from '../support/article-generator';
import { receivedMessage } from '../support/messages';
import { TestEnv, createTestEnv, waitFor } from '../support/test-env';

const STORIES = 15;
const VARIANTS = 6;

/** A lightly edited republication: two words changed, an outlet line added. */
function variant(text: string, v: number): string {
  const words = text.split(' ');
  words[10 + v] = `edited${v}`;
  words[words.length - 5 - v] = `changed${v}`;
  return `Outlet ${v} News\n\n${words.join(' ')}`;
}

describe('two dedupe replicas on a burst of near duplicates', () => {
  let t: TestEnv;
  let nc: NatsConnection;
  let replicas: AppProcess[] = [];

  beforeAll(async () => {
    t = await createTestEnv({ CONCURRENCY: '8', FETCH_BATCH: '16' });
    nc = await connectNats(t.config.NATS_URL, 'dedupe-replicas-test');
    await ensureStreams(await nc.jetstreamManager(), t.config);
    replicas = await Promise.all([new AppProcess('dedupe', t.env).start(), new AppProcess('dedupe', { ...t.env, DEDUPE_PORT: t.env.WATCHER_PORT }).start()]);
  });
  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.stop()));
    await nc?.close();
    await t?.cleanup();
  });

  it('puts every story in exactly one cluster, whichever replica sees which copy first', async () => {
    const publisher = new PipelinePublisher(nc.jetstream(), t.config);
    const messages = [];
    for (let s = 0; s < STORIES; s++) {
      const base = generateArticle(s, 11).text;
      for (let v = 0; v < VARIANTS; v++) messages.push({ story: s, msg: receivedMessage(variant(base, v), `story-${s}-v${v}.txt`) });
    }
    // Interleave copies of each story so the replicas race on them.
    messages.sort((a, b) => (a.msg.articleId < b.msg.articleId ? -1 : 1));
    await Promise.all(messages.map(({ msg }) => publisher.publish('received', msg, msg.fileHash)));

    const rows: Array<{ id: string; duplicate_of: string | null }> = await waitFor('every article stored', async () => {
      const r = await t.db.query(`SELECT id, duplicate_of FROM articles`);
      return r.length === messages.length ? r : null;
    }, 60_000);

    const rootOf = new Map(rows.map((r) => [r.id, r.duplicate_of ?? r.id]));
    for (let s = 0; s < STORIES; s++) {
      const members = messages.filter((m) => m.story === s).map((m) => m.msg.articleId);
      const roots = new Set(members.map((id) => rootOf.get(id)));
      expect({ story: s, clusters: roots.size }).toEqual({ story: s, clusters: 1 });
      const [root] = roots;
      expect(members).toContain(root);
      expect(rows.find((r) => r.id === root)!.duplicate_of).toBeNull();
    }
    expect(new Set(rootOf.values()).size).toBe(STORIES);
    for (const r of replicas) expect(r.output.join('')).not.toMatch(/dead-lettered/);
  });
});
