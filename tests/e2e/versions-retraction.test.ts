import { execFileSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppName, AppProcess, startApps } from '../support/app-process';
import { GeneratedArticle, generateArticle } from '../support/article-generator';
import { inexactCounters } from '../support/exact-counters';
import { TestEnv, createTestEnv, waitFor } from '../support/test-env';

const ALL_APPS: AppName[] = ['dedupe', 'entities', 'quotes', 'query', 'watcher'];
const API_KEY = 'versions-test-key';

interface Version { id: string; version: number; state: string; current: boolean }
interface Detail {
  id: string;
  state: string;
  version: number;
  currentId: string;
  supersededBy: string | null;
  retractedAt: string | null;
  versions: Version[];
  quotes: Array<{ text: string }>;
  ledger: { state: string; retractedAt: string | null } | null;
}
interface Summary { id: string; path: string; state: string; duplicateOf: string | null }

/** A generated file with its direct quote replaced: the words change, and the speaker wherever named. */
function withQuote(article: GeneratedArticle, quote: string, speaker: string): string {
  const text = article.text.replace(/“[^”]*,” [^\n]* said\./, `“${quote},” ${speaker} said.`);
  return text.split(article.person.split(' ')[1]).join(speaker.split(' ')[1]);
}

describe('corrections and retraction through the running apps', () => {
  let t: TestEnv;
  let apps: AppProcess[];
  const base = () => `http://127.0.0.1:${t.env.QUERY_PORT}`;
  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${base()}${path}`);
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const atPath = async (path: string) => (await api<{ items: Summary[] }>(`/articles?limit=100`)).items.filter((a) => a.path === path);
  const stored = (path: string, state: string) =>
    waitFor(`${path} ${state}`, async () => (await atPath(path)).find((a) => a.state === state) ?? null, 60_000, 200);
  const write = (path: string, text: string) => writeFileSync(join(t.inbox, path), text);

  beforeAll(async () => {
    t = await createTestEnv({ API_KEY });
    mkdirSync(t.inbox, { recursive: true });
    apps = await startApps(ALL_APPS, t.env);
  });

  afterAll(async () => {
    await Promise.all((apps ?? []).map((a) => a.stop()));
    await t?.cleanup();
  });

  it('drop, edit in place, edit again: three versions, only the last one counts in queries', async () => {
    const original = generateArticle(11);
    const texts = [
      withQuote(original, 'The harbour tender stays open until spring', 'Clara Moreau'),
      withQuote(original, 'The harbour tender closes in winter instead', 'Hugo Weber'),
      withQuote(original, 'The harbour tender was cancelled outright', 'Irina Tanaka'),
    ];
    const ids: string[] = [];
    for (const text of texts) {
      write('story.txt', text);
      const done = await waitFor(`version ${ids.length + 1} completed`, async () => {
        const a = (await atPath('story.txt')).find((x) => x.state === 'completed' && !ids.includes(x.id));
        return a ?? null;
      }, 60_000, 200);
      ids.push(done.id);
    }

    const current = await api<Detail>(`/articles/${ids[2]}`);
    expect(current).toMatchObject({ state: 'completed', version: 3, currentId: ids[2], supersededBy: null });
    expect(current.versions.map((v) => [v.id, v.version, v.state, v.current])).toEqual([
      [ids[0], 1, 'superseded', false],
      [ids[1], 2, 'superseded', false],
      [ids[2], 3, 'completed', true],
    ]);
    const old = await api<Detail>(`/articles/${ids[0]}`);
    expect(old).toMatchObject({ state: 'superseded', supersededBy: ids[1], currentId: ids[2], quotes: [] });

    // Lists show the current version only; quotes and entities are the last version's.
    expect((await atPath('story.txt')).map((a) => a.id)).toEqual([ids[2]]);
    type Quotes = { items: Array<{ text: string; article: { articleId: string } }> };
    for (const word of ['spring', 'winter']) expect((await api<Quotes>(`/quotes?q=${word}`)).items).toEqual([]);
    expect((await api<Quotes>(`/quotes?q=cancelled`)).items.map((q) => q.article.articleId)).toEqual([ids[2]]);
    type Entities = { items: Array<{ canonical: string; mentions: number; articles: number }> };
    const mentions = async (name: string) => (await api<Entities>(`/entities?q=${encodeURIComponent(name)}`)).items.find((e) => e.canonical === name)?.mentions ?? 0;
    expect(await mentions('Clara Moreau')).toBe(0);
    expect(await mentions('Hugo Weber')).toBe(0);
    expect(await mentions('Irina Tanaka')).toBeGreaterThan(0);
    expect((await api<{ items: unknown[] }>('/stories')).items).toEqual([]);
    expect(await inexactCounters(t.db)).toEqual([]);
  });

  it('retracting an original with duplicates promotes one, which is extracted; a rescan and a restart leave it retracted', async () => {
    const text = generateArticle(12).text;
    write('orig.txt', text);
    const original = await stored('orig.txt', 'completed');
    write('copy-1.txt', `${text}\nShare this story.\n`);
    const copy1 = await stored('copy-1.txt', 'duplicate');
    write('copy-2.txt', `${text}\nFollow us for more.\n`);
    const copy2 = await stored('copy-2.txt', 'duplicate');
    expect([copy1.duplicateOf, copy2.duplicateOf]).toEqual([original.id, original.id]);

    const url = `${base()}/articles/${original.id}`;
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(401);
    const res = await fetch(url, { method: 'DELETE', headers: { 'X-API-Key': API_KEY } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: original.id, alreadyRetracted: false, promoted: copy1.id });

    const promoted = await waitFor('the promoted copy to be extracted', async () => {
      const d = await api<Detail>(`/articles/${copy1.id}`);
      return d.state === 'completed' ? d : null;
    }, 60_000, 200);
    expect(promoted.quotes.length).toBeGreaterThan(0);
    expect((await api<Detail & { duplicate: { of: string } | null }>(`/articles/${copy2.id}`)).duplicate?.of).toBe(copy1.id);
    const retracted = await api<Detail>(`/articles/${original.id}`);
    expect(retracted).toMatchObject({ state: 'retracted', quotes: [], ledger: { state: 'retracted' } });
    expect(retracted.retractedAt).not.toBeNull();
    expect(retracted.ledger!.retractedAt).not.toBeNull();
    expect(await inexactCounters(t.db)).toEqual([]);

    // Touched (same content): the rescan does not bring it back, nor does a restart of the watcher.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(t.inbox, 'orig.txt'), later, later);
    const watcher = apps.find((a) => a.name === 'watcher')!;
    await new Promise((r) => setTimeout(r, Number(t.env.RESCAN_INTERVAL_MS) * 2));
    await watcher.stop();
    await watcher.start();
    await new Promise((r) => setTimeout(r, Number(t.env.RESCAN_INTERVAL_MS) * 2));
    const rows = await t.db.query(`SELECT id, state FROM articles WHERE path = 'orig.txt'`);
    expect(rows).toEqual([{ id: original.id, state: 'retracted' }]);

    // Changed content is a new version, live again (a rewrite: a light edit would be a copy of the promoted duplicate).
    write('orig.txt', generateArticle(13).text);
    const back = await stored('orig.txt', 'completed');
    expect(await api<Detail>(`/articles/${back.id}`)).toMatchObject({ version: 2, currentId: back.id });
  });

  it('npm run retract takes an inbox path and shares the route’s service', async () => {
    const copy2 = (await atPath('copy-2.txt'))[0];
    const script = resolve(__dirname, '..', '..', 'dist', 'scripts', 'retract.js');
    const out = execFileSync(process.execPath, [script, join(t.inbox, 'copy-2.txt')], { env: { ...process.env, ...t.env }, encoding: 'utf8' });
    expect(out).toContain(`retracted ${copy2.id} (copy-2.txt)`);
    expect(await api<Detail>(`/articles/${copy2.id}`)).toMatchObject({ state: 'retracted' });
    const again = execFileSync(process.execPath, [script, copy2.id], { env: { ...process.env, ...t.env }, encoding: 'utf8' });
    expect(again).toContain(`already retracted ${copy2.id}`);
    expect(await inexactCounters(t.db)).toEqual([]);
  });
});
