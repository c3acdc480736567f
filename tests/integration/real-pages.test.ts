import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppName, AppProcess, startApps } from '../support/app-process';
import { TestEnv, createTestEnv, waitFor } from '../support/test-env';

/**
 * Real pages and files through the inbox, the watcher, dedupe and the query API: what each one yields as
 * it is stored and served, not only what the parser returns.
 */
const STORY = [
  'The council approved the new city budget on Monday evening, after a debate that lasted more than six hours.',
  'Spending on schools rises by four percent, while the roads programme is cut back to last year’s level.',
  'The mayor said the compromise was the best the city could afford, and the opposition promised to revisit it.',
];

const FILES: Record<string, Buffer | string> = {
  // No <body> start tag, a stray NUL byte, a site suffix on the title, a local date near midnight.
  'no-body.html': Buffer.concat([
    Buffer.from(`<!doctype html><html><head><title>Budget passes after a long night - Politics - City Post</title>
      <meta property="og:site_name" content="City Post"><meta property="article:published_time" content="2021-11-15T00:20:00+02:00"></head>
      <h1>Budget passes after a long night</h1><p>${STORY[0]}</p><p>The measures:</p><ul><li>New cycle lanes on the ring road</li><li>Free school meals for every pupil</li></ul>`),
    Buffer.from([0]),
    Buffer.from(`<p>${STORY[1]}</p><p>${STORY[2]}</p></html>`),
  ]),
  // A stray <html> element nested inside the article, and no date anywhere.
  'nested-html.html': `<!doctype html><html><head><title>Schools win in the budget</title></head><body><article><h1>Schools win in the budget</h1>
    <p>${STORY[0]}</p><html><p>${STORY[1]}</p></html><p>${STORY[2]}</p></article></body></html>`,
  'posted-by.txt': `Charter 97\nPolitics\nRoads lose out in the city budget\nPosted by Tomas Jurgis | 15 November 2021\n\n${STORY.join('\n\n')}\n`,
  'byline.md': `# Opposition vows to revisit the budget\n\n*By Tomas Jurgis · 3 March 2022*\n\n${STORY.join('\n\n')}\n`,
};

interface Summary {
  id: string;
  path: string;
  title: string | null;
  dateKind: string;
  publishedAt: string | null;
}

interface Detail extends Summary {
  body: string;
  source: string | null;
  byline: string | null;
  publishedOffsetMinutes: number | null;
}

let t: TestEnv;
let apps: AppProcess[];
let details: Map<string, Detail>;
let listed: Summary[];

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${t.env.QUERY_PORT}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

describe('real pages and files through the watcher, dedupe and the API', () => {
  beforeAll(async () => {
    t = await createTestEnv({ STABILITY_WINDOW_MS: '300' });
    mkdirSync(t.inbox, { recursive: true });
    apps = await startApps(['dedupe', 'query', 'watcher'] as AppName[], t.env);
    for (const [name, content] of Object.entries(FILES)) writeFileSync(join(t.inbox, name), content);
    listed = await waitFor('every file stored as an article', async () => {
      const page = await api<{ items: Summary[] }>('/articles?limit=50');
      return page.items.length === Object.keys(FILES).length ? page.items : null;
    }, 60_000, 300);
    details = new Map();
    for (const a of listed) details.set(a.path, await api<Detail>(`/articles/${a.id}`));
  });

  afterAll(async () => {
    await Promise.all((apps ?? []).map((a) => a.stop()));
    await t?.cleanup();
  });

  it('stores the page without a <body> tag and with a NUL byte: its title without the site, its list, its local day', () => {
    const page = details.get('no-body.html')!;
    expect(page).toMatchObject({ title: 'Budget passes after a long night', source: 'City Post', dateKind: 'published', publishedOffsetMinutes: 120 });
    expect(page.publishedAt).toBe('2021-11-15T00:20:00.000+02:00');
    expect(page.body.startsWith(STORY[0])).toBe(true);
    for (const line of ['New cycle lanes on the ring road', 'Free school meals for every pupil', STORY[1], STORY[2]]) expect(page.body).toContain(line);
  });

  it('stores the page with a nested <html> whole, undated, and lists it after the dated articles', () => {
    const page = details.get('nested-html.html')!;
    for (const sentence of STORY) expect(page.body).toContain(sentence);
    expect(page).toMatchObject({ title: 'Schools win in the budget', dateKind: 'received', publishedAt: null });
    expect(listed[listed.length - 1].path).toBe('nested-html.html');
  });

  it('reads outlet, headline, byline and date from the header of a text file', () => {
    expect(details.get('posted-by.txt')).toMatchObject({
      title: 'Roads lose out in the city budget',
      source: 'Charter 97',
      byline: 'Tomas Jurgis',
      publishedAt: '2021-11-15T00:00:00.000Z',
    });
  });

  it('reads the byline and date of a Markdown article', () => {
    expect(details.get('byline.md')).toMatchObject({
      title: 'Opposition vows to revisit the budget',
      byline: 'Tomas Jurgis',
      publishedAt: '2022-03-03T00:00:00.000Z',
    });
  });
});
