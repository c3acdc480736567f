import { AppProcess } from '../support/app-process';
import { createTestEnv, TestEnv, waitFor } from '../support/test-env';

/** What the query app printed while starting, and for 20 API requests and a health and a metrics probe after. */
async function logsOf(t: TestEnv, env: Record<string, string>): Promise<{ startup: string[]; requests: string[] }> {
  const app = await new AppProcess('query', { ...t.env, ...env }).start();
  const lines = (from: number) => app.output.join('').slice(from).split('\n').filter(Boolean);
  try {
    const base = `http://127.0.0.1:${app.port}`;
    // Pretty lines come through a worker thread: the start-up lines may trail the first health answer.
    await waitFor('the query started line', async () => app.output.join('').includes('query started'));
    const started = app.output.join('').length;
    for (let i = 0; i < 20; i++) expect((await fetch(`${base}/articles?limit=1`)).status).toBe(200);
    for (const path of ['/health', '/metrics']) await fetch(`${base}${path}`);
    // The app writes its lines before answering; they reach this process through a pipe a moment later.
    await new Promise((r) => setTimeout(r, 500));
    return { startup: lines(0).slice(0, lines(0).length - lines(started).length), requests: lines(started) };
  } finally {
    await app.stop();
  }
}

describe('logs of an app, as npm start shows them', () => {
  let t: TestEnv;
  beforeAll(async () => (t = await createTestEnv()));
  afterAll(async () => t?.cleanup());

  it("print the app's start and nothing per request at the default level, as pretty lines", async () => {
    const { startup, requests } = await logsOf(t, { LOG_LEVEL: 'info', LOG_PRETTY: 'true' });
    expect(requests).toEqual([]);
    expect(startup.join('\n')).toMatch(/INFO.*\(query\): .*query started/);
    // Nest's own start-up lines (a line per module, controller and route) are debug.
    expect(startup.filter((l) => /InstanceLoader|RoutesResolver|RouterExplorer|Mapped \{/.test(l))).toEqual([]);
  });

  it('print one JSON line per API request at debug, and none for health or metrics probes', async () => {
    const { startup, requests } = await logsOf(t, { LOG_LEVEL: 'debug' });
    const entries = requests.map((l) => JSON.parse(l)).filter((e) => e.method);
    expect(entries).toHaveLength(20);
    for (const e of entries) {
      expect(e).toMatchObject({ level: 20, app: 'query', method: 'GET', url: '/articles?limit=1', statusCode: 200 });
      expect(e.msg).toMatch(/^GET \/articles\?limit=1 200 \d+ ms$/);
    }
    expect(startup.some((l) => JSON.parse(l).context === 'RouterExplorer')).toBe(true);
  });
});
