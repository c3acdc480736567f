import { AppProcess } from '../support/app-process';
import { createTestEnv, TestEnv } from '../support/test-env';

/** What the query app prints for 20 API requests and a few health and metrics probes, after it started. */
async function linesFor(t: TestEnv, env: Record<string, string>): Promise<string[]> {
  const app = await new AppProcess('query', { ...t.env, ...env }).start();
  try {
    const base = `http://127.0.0.1:${app.port}`;
    const before = app.output.join('').length;
    for (let i = 0; i < 20; i++) expect((await fetch(`${base}/articles?limit=1`)).status).toBe(200);
    for (const path of ['/health', '/metrics']) await fetch(`${base}${path}`);
    // The app writes its lines before answering; they reach this process through a pipe a moment later.
    await new Promise((r) => setTimeout(r, 500));
    return app.output.join('').slice(before).split('\n').filter(Boolean);
  } finally {
    await app.stop();
  }
}

describe('HTTP request logs', () => {
  let t: TestEnv;
  beforeAll(async () => (t = await createTestEnv()));
  afterAll(async () => t?.cleanup());

  it('print nothing at the default level, even as pretty lines for npm start', async () => {
    expect(await linesFor(t, { LOG_LEVEL: 'info', LOG_PRETTY: 'true' })).toEqual([]);
  });

  it('print one JSON line per API request at debug, and none for health or metrics probes', async () => {
    const lines = await linesFor(t, { LOG_LEVEL: 'debug' });
    const requests = lines.map((l) => JSON.parse(l)).filter((e) => e.method);
    expect(requests).toHaveLength(20);
    for (const r of requests) {
      expect(r).toMatchObject({ level: 20, app: 'query', method: 'GET', url: '/articles?limit=1', statusCode: 200 });
      expect(r.msg).toMatch(/^GET \/articles\?limit=1 200 \d+ ms$/);
    }
  });
});
