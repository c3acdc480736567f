import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { NatsConnection, connect } from 'nats';
import { PipelineStatus } from '@newsflow/contracts';
import { PipelinePublisher } from '@newsflow/messaging';
import { AppName, AppProcess, startApps } from '../support/app-process';
import { generateArticle } from '../support/article-generator';
import { receivedMessage } from '../support/messages';
import { TcpProxy } from '../support/tcp-proxy';
import { TestEnv, createTestEnv, freePort, waitFor } from '../support/test-env';

const ROOT = resolve(__dirname, '..', '..');
const APPS: AppName[] = ['dedupe', 'entities', 'quotes', 'query', 'watcher'];
const run = promisify(execFile);

/** The value of one Prometheus series in an app's /metrics text (0 when absent). */
function metric(text: string, name: string, labels: Record<string, string> = {}): number {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `) ? want.every((w) => l.includes(w)) : false);
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('monitoring: metrics, status, dead letters and readiness on real NATS and PostgreSQL', () => {
  let t: TestEnv;
  let apps: AppProcess[];
  let proxy: TcpProxy;
  let nc: NatsConnection;
  const portOf = (app: AppName) => apps.find((a) => a.name === app)!.port;
  const metricsOf = async (app: AppName) => (await fetch(`http://127.0.0.1:${portOf(app)}/metrics`)).text();
  const api = async <T>(path: string, init?: RequestInit): Promise<T> => (await fetch(`http://127.0.0.1:${t.env.QUERY_PORT}${path}`, init)).json() as Promise<T>;
  const cli = async (script: string, ...args: string[]) =>
    (await run(process.execPath, [join(ROOT, 'dist', 'scripts', `${script}.js`), ...args], { env: { ...process.env, ...t.env }, cwd: ROOT })).stdout;
  const completed = async (n: number) => {
    const rows: Array<{ n: string }> = await t.db.query(`SELECT count(*) AS n FROM articles WHERE state = 'completed'`);
    return Number(rows[0].n) >= n;
  };

  beforeAll(async () => {
    t = await createTestEnv();
    mkdirSync(t.inbox, { recursive: true });
    // The apps reach PostgreSQL through a proxy this test can cut; the shared server keeps running.
    const pg = new URL(t.env.DATABASE_URL);
    proxy = new TcpProxy(await freePort(), { host: pg.hostname, port: Number(pg.port || 5432) });
    await proxy.open();
    pg.port = String(proxy.port);
    t.env.DATABASE_URL = pg.toString();
    apps = await startApps(APPS, t.env);
    nc = await connect({ servers: t.env.NATS_URL });
  });

  afterAll(async () => {
    await nc?.close();
    await Promise.all((apps ?? []).map((a) => a.stop()));
    await proxy?.cut();
    await t?.cleanup();
  });

  it('moves the watcher and stage metrics when articles flow', async () => {
    for (let i = 0; i < 3; i++) {
      const a = generateArticle(i, 8);
      writeFileSync(join(t.inbox, a.fileName), a.text);
    }
    writeFileSync(join(t.inbox, 'empty.txt'), '   \n');
    await waitFor('3 completed articles', () => completed(3), 60_000);

    const watcher = await metricsOf('watcher');
    expect(metric(watcher, 'newsflow_watcher_files_seen_total')).toBe(4);
    expect(metric(watcher, 'newsflow_watcher_files_total', { outcome: 'published', code: 'ok' })).toBe(3);
    expect(metric(watcher, 'newsflow_watcher_files_total', { outcome: 'rejected' })).toBe(1);
    expect(metric(watcher, 'newsflow_watcher_articles_published_total')).toBe(3);
    expect(metric(watcher, 'newsflow_process_resident_memory_bytes')).toBeGreaterThan(0);
    for (const stage of ['dedupe', 'entities', 'quotes'] as const) {
      const text = await waitFor(`${stage} metrics`, async () => {
        const m = await metricsOf(stage);
        return metric(m, 'newsflow_stage_messages_total', { stage, outcome: 'ok' }) === 3 ? m : null;
      });
      expect(metric(text, 'newsflow_stage_messages_total', { stage, outcome: 'received' })).toBe(3);
      expect(metric(text, 'newsflow_stage_processing_seconds_count', { stage })).toBe(3);
      expect(metric(text, 'newsflow_drop_to_stage_seconds_count', { stage })).toBe(3);
      expect(text).toMatch(new RegExp(`newsflow_stage_backlog_messages\\{stage="${stage}",kind="pending"\\} 0`));
    }
  });

  it('shows a poison message in status and dead letters, and replays it after the fix', async () => {
    // An `accepted` event for an article not stored yet: entities parks it as a permanent failure.
    const fixed = generateArticle(50, 8);
    const pending = receivedMessage(fixed.text, fixed.fileName);
    await new PipelinePublisher(nc.jetstream(), t.config).publish('accepted', { v: 1, articleId: pending.articleId, droppedAt: Date.now() }, `poison-${pending.articleId}`);

    const status = await waitFor('a dead letter for entities', async () => {
      const s = await api<PipelineStatus>('/pipeline/status');
      return s.stages.find((x) => x.stage === 'entities')!.deadLetters === 1 ? s : null;
    });
    expect(status.deadLetters).toEqual([expect.objectContaining({ stage: 'entities', articleId: pending.articleId, reason: expect.stringContaining('is not stored') })]);
    const listed = await cli('dlq', 'list');
    expect(listed).toContain('dead letters: 1 (entities 1)');
    expect(listed).toContain(`article ${pending.articleId}`);
    expect(metric(await metricsOf('entities'), 'newsflow_stage_messages_total', { stage: 'entities', outcome: 'dead-lettered' })).toBe(1);

    // The fix: the article arrives through the inbox; then the parked message is replayed.
    writeFileSync(join(t.inbox, fixed.fileName), fixed.text);
    await waitFor('the fixed article completed', () => completed(4), 60_000);
    expect(await cli('dlq', 'replay', status.deadLetters[0].id)).toContain(`replayed ${status.deadLetters[0].id}`);
    await waitFor('the replay processed', async () => metric(await metricsOf('entities'), 'newsflow_stage_messages_total', { stage: 'entities', outcome: 'ok' }) === 5);
    expect(await cli('dlq', 'list')).toContain('dead letters: 0');
    expect((await api<PipelineStatus>('/pipeline/status')).stages.every((s) => s.deadLetters === 0)).toBe(true);

    const trace = await cli('trace', fixed.fileName);
    expect(trace).toContain(`file ${fixed.fileName}: published`);
    expect(trace).toMatch(/ {2}entities {2}done +ner-/);
    expect(trace).toMatch(/ {2}quotes +done +quotes-/);
  });

  it('prints the same status as GET /pipeline/status with npm run status', async () => {
    // Compare a settled pipeline: the figures of two reads a moment apart must agree.
    await waitFor('every stage settled', async () => {
      const s = await api<PipelineStatus>('/pipeline/status');
      return s.stages.every((x) => x.pending === 0 && x.ackPending === 0) || null;
    }, 20_000);
    const text = await cli('status');
    expect(text).toMatch(/^stage +replicas +pending +ack-pending +redelivered +dead letters +done last min +failed +oldest unprocessed +waiting pulls$/m);
    for (const stage of ['dedupe', 'entities', 'quotes']) expect(text).toMatch(new RegExp(`^${stage} +1 +0 +0 +0 +0 +\\d+ +\\d+ +- +\\d+$`, 'm'));
    expect(text).toContain('articles: completed 4');
    expect(text).toMatch(/files: +published 4, rejected 1|files: +rejected 1, published 4/);
    expect(text).toMatch(/empty\.txt +rejected/);
    const [json, fromApi] = await Promise.all([cli('status', '--json').then((s) => JSON.parse(s) as PipelineStatus), api<PipelineStatus>('/pipeline/status')]);
    const figures = (s: PipelineStatus) => s.stages.map(({ stage, pending, ackPending, deadLetters, failed, replicas }) => ({ stage, pending, ackPending, deadLetters, failed, replicas }));
    expect(figures(json)).toEqual(figures(fromApi));
    expect(json.articles).toEqual(fromApi.articles);
    expect(json.replicas).toEqual({ watcher: 1, dedupe: 1, entities: 1, quotes: 1, query: 1 });
  });

  it('reprocesses a stage with results replaced, never doubled', async () => {
    const before: Array<{ mentions: string; quotes: string; at: Date }> = await t.db.query(
      `SELECT (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM quotes) AS quotes, (SELECT max(updated_at) FROM article_stages WHERE stage = 'quotes') AS at`,
    );
    await run(process.execPath, [join(ROOT, 'dist', 'scripts', 'reprocess.js'), '--stage', 'entities', '--all'], { env: { ...process.env, ...t.env } });
    await waitFor('quotes rerun for every article', async () => {
      const rows: Array<{ n: string }> = await t.db.query(`SELECT count(*) AS n FROM article_stages WHERE stage = 'quotes' AND updated_at > $1`, [before[0].at]);
      return Number(rows[0].n) === 4;
    });
    const after: Array<{ mentions: string; quotes: string }> = await t.db.query(`SELECT (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM quotes) AS quotes`);
    expect(after[0]).toEqual({ mentions: before[0].mentions, quotes: before[0].quotes });
  });

  it('turns readiness unhealthy while PostgreSQL is unreachable and healthy again after', async () => {
    const health = async (app: AppName) => {
      const res = await fetch(`http://127.0.0.1:${portOf(app)}/health`);
      return { code: res.status, body: (await res.json()) as { checks: { postgres: string; nats: string } } };
    };
    expect((await health('entities')).code).toBe(200);
    await proxy.cut();
    for (const app of APPS) {
      const down = await waitFor(`${app} unhealthy`, async () => ((await health(app)).code === 503 ? health(app) : null), 15_000);
      expect(down.body.checks.postgres).toMatch(/^down/);
      expect(down.body.checks.nats).toBe('ok');
    }
    await proxy.open();
    for (const app of APPS) await waitFor(`${app} healthy again`, async () => (await health(app)).code === 200, 30_000);
  });
});
