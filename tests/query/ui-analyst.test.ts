import { INestApplication } from '@nestjs/common';
import { connect, NatsConnection } from 'nats';
import { Browser, Page } from 'playwright-core';
import { eventSubject } from '@newsflow/contracts';
import { ensureStageConsumer } from '@newsflow/messaging';
import { createTestEnv, TestEnv } from '../support/test-env';
import { AnalystWorld, MARKDOWN_ARTICLE, SUMMER_ARTICLE, WIRE_COUNT, seedAnalystWorld, wireArticle } from './analyst-fixture';
import { ARTICLES, Newsroom, articleId, seedNewsroom } from './newsroom-fixture';
import { startQueryApp } from './query-app';
import { launchChromium, uiPage } from './ui-browser';

// Browser-side code is passed as strings: this file is compiled without the DOM library.
let env: TestEnv;
let app: INestApplication;
let base: string;
let world: Newsroom;
let analyst: AnalystWorld;
let browser: Browser;
let ui: Awaited<ReturnType<typeof uiPage>>;
let page: Page;
const ALL_ARTICLES = Object.keys(ARTICLES).length + WIRE_COUNT + 2;

beforeAll(async () => {
  env = await createTestEnv();
  world = await seedNewsroom(env.db);
  analyst = await seedAnalystWorld(env.db, world);
  ({ app, baseUrl: base } = await startQueryApp(env.config));
  browser = await launchChromium();
  // A reader in Berlin with English number and date formats: times must come out in their zone, named.
  ui = await uiPage(browser, base, { locale: 'en-US', timezoneId: 'Europe/Berlin' });
  page = ui.page;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await env?.cleanup();
});

const texts = (selector: string) => page.locator(selector).allTextContents();
const waitForPage = (n: number) => page.waitForSelector(`.pager[data-page="${n}"]:not([aria-busy])`);

describe('analyst UI in headless Chromium', () => {
  it('serves a favicon', async () => {
    const res = await fetch(`${base}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/icon/);
    expect(Buffer.from(await res.arrayBuffer()).readUInt16LE(2)).toBe(1); // the ICO header's image type
    expect((await fetch(`${base}/favicon.svg`)).status).toBe(200);
  });

  it('formats counts, totals, quotes and alias reasons for people', async () => {
    await ui.open('#/stories', 'stories');
    const out = await page.evaluate(`(async () => {
      await import('${base}/js/format.js').then((f) => (window.f = f));
      return {
        one: f.plural(1, 'mention'), two: f.plural(2, 'mention'), stories: f.plural(1234, 'story', 'stories'),
        capped: f.totalText({ items: [], total: 10000, totalCapped: true }, 'quote'), exact: f.totalText({ items: [], total: 1, totalCapped: false }, 'quote'),
        none: f.totalText({ items: [] }, 'quote'),
        doubled: f.bareQuote('““unfriendly steps”…””'), straight: f.bareQuote('"We will win," '),
        same: f.aliasReasonText('Lukashenko', 'Alexander Lukashenko', '"Alexander Lukashenko" and "Alexander Lukashenko" are the same name (article x)'),
        canonical: f.aliasReasonText('Alexander Lukashenko', 'Alexander Lukashenko', '"Alexander Lukashenko" and "Alexander Lukashenko" are the same name'),
        duration: f.formatDuration(125),
      };
    })()`);
    expect(out).toEqual({
      one: '1 mention',
      two: '2 mentions',
      stories: '1,234 stories',
      capped: '10,000+ quotes',
      exact: '1 quote',
      none: null,
      doubled: 'unfriendly steps…',
      straight: 'We will win,',
      same: 'named alongside “Alexander Lukashenko”, a name this entity already had (article x)',
      canonical: null,
      duration: '2 min 5 s',
    });
  });

  it('shows only the latest page when the address changes while an earlier page still waits for its data', async () => {
    await ui.open('#/stories', 'stories');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let answered!: () => void;
    const quotesAnswered = new Promise<void>((resolve) => (answered = resolve));
    await page.route('**/quotes?**', async (route) => {
      await held;
      await route.continue();
      answered();
    });
    await page.evaluate(`location.hash = '#/quotes'`);
    await page.waitForSelector('#view:not([data-ready])');
    await page.evaluate(`location.hash = '#/stories?q=minsk'`);
    await ui.settled('stories');
    release();
    await quotesAnswered;
    // The quotes page gets its answer after the stories page has taken the view: it must not show up there.
    await page.waitForTimeout(200);
    expect(await page.locator('#view #quote-list').count()).toBe(0);
    expect(await page.getAttribute('#view', 'data-ready')).toBe('stories');
    expect(await page.locator('#view > .page').count()).toBe(1);
    await page.unroute('**/quotes?**');
  });

  it('lists stories with their outlets and a link to each copy', async () => {
    await ui.open('#/stories', 'stories');
    const stories = page.locator('#stories li.story');
    expect(await stories.count()).toBe(1);
    expect(await stories.first().locator('a.title').textContent()).toBe(ARTICLES.minsk.title);
    expect(await stories.first().locator('.outlets .pill').allTextContents()).toEqual(['Reuters', 'BelTA']);
    const links = await stories.first().locator('.members a').evaluateAll((as: Array<{ getAttribute(name: string): string }>) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([`#/article/${world.ids.minsk}`, `#/article/${world.ids.minskCopy}`]);
    expect(await stories.first().locator('.meta').first().textContent()).toMatch(/^2 copies · 2 outlets · Mar 1, 2024, 11:00 AM GMT\+1$/);
    expect(await page.textContent('.pager-summary')).toBe('1 story · showing 1–1');
    await ui.shot('stories');
    await stories.first().locator('.members a').nth(1).click();
    await page.waitForSelector(`#view[data-ready="article/${world.ids.minskCopy}"]`);
    expect(await page.textContent('#article-title')).toBe(ARTICLES.minskCopy.title);
  });

  it('pages forward and back through search results, with the page size control', async () => {
    await ui.open('#/', 'search');
    const first = await texts('#results li a.title');
    expect(first).toHaveLength(20);
    // Newest first: the summer article, then the wire reports from the 25th of April down.
    expect(first.slice(0, 3)).toEqual([SUMMER_ARTICLE.title, wireArticle(WIRE_COUNT).title, wireArticle(WIRE_COUNT - 1).title]);
    // Page 1 of several: the total shows once the API counts (analyst-api), otherwise only the range.
    expect(await page.textContent('.pager-summary')).toMatch(new RegExp(`^(${ALL_ARTICLES} articles · s|S)howing 1–20$`));
    expect(await page.locator('.pager-prev').isDisabled()).toBe(true);
    await page.click('.pager-next');
    await waitForPage(2);
    const second = await texts('#results li a.title');
    expect(second).toHaveLength(ALL_ARTICLES - 20);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
    expect(await page.textContent('.pager-summary')).toBe(`${ALL_ARTICLES} articles · showing 21–${ALL_ARTICLES}`);
    expect(await page.locator('.pager-next').isDisabled()).toBe(true);
    await page.click('.pager-prev');
    await waitForPage(1);
    expect(await texts('#results li a.title')).toEqual(first);
    await page.selectOption('.pager-size', '50');
    await page.waitForFunction(`document.querySelectorAll('#results li').length === ${ALL_ARTICLES}`);
    expect(await page.textContent('.pager-summary')).toBe(`${ALL_ARTICLES} articles · showing 1–${ALL_ARTICLES}`);
    await page.selectOption('.pager-size', '20');
    await page.waitForFunction(`document.querySelectorAll('#results li').length === 20`);
  });

  it('shows an untitled Markdown article by its first words, with a clean snippet and its received date', async () => {
    await ui.open('#/?q=harbour', 'search');
    const item = page.locator('#results li').first();
    // The search passage may come from anywhere in the body, so it does not name the article.
    expect(await item.locator('a.title').textContent()).toMatch(/^Untitled article, [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(await item.locator('a.title').getAttribute('href')).toBe(`#/article/${analyst.markdown}`);
    expect(await item.locator('.meta').textContent()).toMatch(/^unknown source · received [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M GMT\+1 · completed$/);
    const snippet = (await item.locator('.snippet').textContent())!;
    expect(snippet).not.toMatch(/[#*>[\]]/);
    expect(snippet).toMatch(/…$/);
    // Cut at a word boundary: the last word shown is a whole word of the article.
    const lastWord = snippet.replace(/…$/, '').trim().split(/\s+/).pop()!;
    expect(MARKDOWN_ARTICLE.text.split(/[\s,.]+/)).toContain(lastWord.replace(/[,.;:]$/, ''));
    expect(await item.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['harbour']));
    await ui.shot('search');
    // Without search words the snippet is the lead of the body: cut at a word boundary, with an ellipsis.
    await ui.open('#/?entity=Harbour+Authority', 'search');
    const lead = (await page.locator('#results .snippet').textContent())!;
    expect(lead).not.toMatch(/[#*>[\]]/);
    expect(await page.textContent('#results a.title')).toBe('“Council votes on the harbour plan”');
    expect(lead).toMatch(/^Council votes on the harbour plan The harbour plan passed after a long debate, said the mayor\. .* \p{L}+…$/u);
  });

  it('shows quote kinds with badges, marks only for direct and partial quotes, never doubled', async () => {
    await ui.open('#/quotes', 'quotes');
    const items = page.locator('#quote-list li.quote-item');
    const shown = await items.evaluateAll((lis: Array<{ querySelector(s: string): { textContent: string; tagName: string } }>) =>
      lis.map((li) => ({ kind: li.querySelector('.badge').textContent, text: li.querySelector('.quote-text').textContent, tag: li.querySelector('.quote-text').tagName })),
    );
    expect(shown).toEqual(
      expect.arrayContaining([
        { kind: 'direct', text: '“We will not give up our sovereignty,”', tag: 'Q' },
        { kind: 'partial', text: '“unfriendly steps”', tag: 'Q' },
        { kind: 'indirect', text: 'the plan would cut costs for every family in the district', tag: 'SPAN' },
      ]),
    );
    expect(shown).toHaveLength(6);
    expect(await page.textContent('.pager-summary')).toBe('6 quotes · showing 1–6');
    await ui.shot('quotes');
  });

  it('filters quotes and carries the filters into the export links', async () => {
    await ui.open('#/quotes', 'quotes');
    await page.fill('form.filters input[name=speaker]', 'Kaja Kallas');
    await page.fill('form.filters input[name=from]', '2024-03-02');
    await page.fill('form.filters input[name=to]', '2024-03-02');
    await page.click('form.filters button[type=submit]');
    await ui.settled('quotes');
    expect(await page.evaluate('location.hash')).toContain('speaker=');
    expect(await texts('#quote-list .quote-text')).toEqual(['“Prices must come down,”']);
    const href = (format: string) => page.getAttribute(`.export a[data-format="${format}"]`, 'href');
    expect(await href('csv')).toBe('/export/quotes?speaker=Kaja+Kallas&from=2024-03-02&to=2024-03-02&format=csv');
    expect(await href('jsonl')).toBe('/export/quotes?speaker=Kaja+Kallas&from=2024-03-02&to=2024-03-02&format=jsonl');

    // Every filter the Quotes page exposes goes into the hash, the API request and the export links (all but the order).
    await ui.open('#/quotes', 'quotes');
    await page.fill('form.filters input[name=q]', 'plan');
    await page.fill('form.filters input[name=about]', 'Harbour Authority');
    await page.selectOption('form.filters select[name=kind]', 'indirect');
    await page.fill('form.filters input[name=source]', 'Wire');
    await page.selectOption('form.filters select[name=sort]', 'relevance');
    const request = page.waitForRequest((r) => r.url().includes('/quotes?'));
    await page.click('form.filters button[type=submit]');
    const asked = new URL((await request).url()).searchParams;
    expect(Object.fromEntries(asked)).toEqual({ q: 'plan', about: 'Harbour Authority', kind: 'indirect', source: 'Wire', sort: 'relevance', limit: '20' });
    await ui.settled('quotes');
    expect(await page.evaluate('location.hash')).toContain('kind=indirect');
    expect(await href('csv')).toBe('/export/quotes?q=plan&about=Harbour+Authority&kind=indirect&source=Wire&format=csv');
    expect(await page.inputValue('form.filters select[name=kind]')).toBe('indirect');

    await ui.open('#/?q=sanctions&source=Reuters', 'search');
    expect(await page.getAttribute('.export a[data-format="jsonl"]', 'href')).toBe('/export/articles?q=sanctions&source=Reuters&format=jsonl');
  });

  it('shows an entity with a readable timeline, plural counts and alias reasons that say why', async () => {
    await ui.open(`#/entity/${world.lukashenko}`, `entity/${world.lukashenko}`);
    expect(await page.textContent('#entity-counts')).toBe('PERSON · 5 mentions in 3 articles · 2 quotes');
    const chart = page.locator('svg.chart');
    expect(await chart.getAttribute('data-period')).toBe('week');
    type Bar = { dataset: Record<string, string>; getBoundingClientRect(): { height: number } };
    const bars = await chart.locator('rect').evaluateAll((rs: Bar[]) =>
      rs.map((r) => ({ day: r.dataset.day, mentions: Number(r.dataset.mentions), height: r.getBoundingClientRect().height })),
    );
    // 26 Feb (the Monday of 1 March) to 10 June (the Monday of 15 June): 16 weeks, the empty ones filled in.
    expect(bars).toHaveLength(16);
    expect(bars.filter((b) => b.mentions > 0).map(({ day, mentions }) => ({ day, mentions }))).toEqual([
      { day: '2024-02-26', mentions: 4 },
      { day: '2024-06-10', mentions: 1 },
    ]);
    expect(bars.find((b) => b.day === '2024-02-26')!.height).toBeGreaterThan(60);
    expect(bars.find((b) => b.day === '2024-06-10')!.height).toBeGreaterThan(10);
    expect(bars.filter((b) => b.mentions === 0).every((b) => b.height === 0)).toBe(true);
    expect(await chart.locator('text.y-label').allTextContents()).toEqual(['0', '2', '4']);
    expect(await chart.locator('text.x-label').allTextContents()).toEqual(['week of 2024-02-26', 'week of 2024-04-15', 'week of 2024-06-10', 'mentions per week']);

    const reasons = await page.locator('#aliases tbody tr').evaluateAll((trs: Array<{ cells: Array<{ textContent: string }> }>) =>
      trs.map((tr) => [tr.cells[0].textContent, tr.cells[1].textContent]),
    );
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['Alexander Lukashenko', 'canonical name'],
        ['Lukashenko', `named alongside “Alexander Lukashenko”, a name this entity already had (article “${ARTICLES.minsk.title}”)`],
      ]),
    );
    expect(reasons.flat().join(' ')).not.toContain('are the same name');
    expect(await page.getAttribute('#aliases a.article-ref', 'href')).toBe(`#/article/${world.ids.minsk}`);
    expect(await page.locator('#view').textContent()).not.toMatch(/[0-9a-f]{32}/);
    await ui.shot('entity');

    await ui.open('#/entities', 'entities');
    const metas = await texts('#entity-list .meta');
    expect(metas).toContain('ORG · 1 mention · 1 article');
    expect(metas.join(' ')).not.toMatch(/\b1 (mentions|articles)\b/);
    await ui.shot('entities');
  });

  it('shows an article page with quote kinds, plurals and a link to its file', async () => {
    await ui.open(`#/article/${analyst.markdown}`, `article/${analyst.markdown}`);
    expect(await page.textContent('#article-title')).toBe('“Council votes on the harbour plan”');
    expect(await texts('#quotes .badge')).toEqual(['partial', 'indirect']);
    expect(await texts('#quotes .quote-text')).toEqual(['“unfriendly steps”', 'the plan would cut costs for every family in the district']);
    expect(await texts('#entities a')).toEqual(['Harbour Authority · ORG · 1 mention']);
    expect(await page.getAttribute('.table-scroll a[href^="#/files"]', 'href')).toBe(`#/files?path=%2Finbox%2F${MARKDOWN_ARTICLE.name}.txt`);
    await ui.shot('article');
  });

  it('links files to their articles and a duplicate to its original, and prints each reason once', async () => {
    await ui.open('#/files?path=minsk', 'files');
    const rows = page.locator('#files tbody tr');
    const byPath = async (path: string) => rows.filter({ has: page.locator('td.path', { hasText: new RegExp(`^${path}`) }) }).first();
    const original = await byPath('/inbox/minsk.txt');
    expect(await original.locator('a.file-article').textContent()).toBe(ARTICLES.minsk.title);
    expect(await original.locator('a.file-article').getAttribute('href')).toBe(`#/article/${world.ids.minsk}`);
    const duplicate = await byPath('/inbox/minsk-again.txt');
    expect(await duplicate.locator('a.original-file').getAttribute('href')).toBe('#/files?path=%2Finbox%2Fminsk.txt');
    expect(await duplicate.locator('a.file-article').getAttribute('href')).toBe(`#/article/${articleId(ARTICLES.minsk.name)}`);
    expect(await duplicate.locator('td.reason').textContent()).toBe('same content as /inbox/minsk.txt');
    await ui.shot('files');

    await ui.open('#/files?path=empty', 'files');
    expect(await texts('#files td.reason')).toEqual(['empty file']);
  });

  it('shows ingestion progress, done of received, with a rate and the time left', async () => {
    const nc: NatsConnection = await connect({ servers: env.config.NATS_URL });
    try {
      const jsm = await nc.jetstreamManager();
      await ensureStageConsumer(jsm, env.config, 'quotes');
      const batch = Array.from({ length: 6 }, (_, i) => articleId(wireArticle(i + 1).name));
      await env.db.query(`UPDATE articles SET state = 'accepted', completed_at = NULL WHERE id = ANY($1)`, [batch]);
      const js = nc.jetstream();
      for (const id of batch) await js.publish(eventSubject(env.config.SUBJECT_PREFIX, 'entities-extracted'), JSON.stringify({ v: 1, articleId: id }));
      await ui.open('#/pipeline', 'pipeline');
      await page.waitForFunction(`document.querySelector('#progress-text')?.textContent.startsWith('0 of 6 articles done · 6 in flight')`, undefined, { timeout: 10_000 });

      // The quotes stage finishes two of them: taken, stored as completed, acknowledged.
      const consumer = await js.consumers.get(env.config.STREAM_NAME, 'quotes');
      const finish = async (n: number, ids: string[]) => {
        await env.db.query(`UPDATE articles SET state = 'completed', completed_at = now() WHERE id = ANY($1)`, [ids]);
        for (let i = 0; i < n; i++) await (await consumer.next({ expires: 5000 }))!.ackAck();
      };
      await finish(2, batch.slice(0, 2));
      await page.waitForFunction(
        `/^2 of 6 articles done · 4 in flight · [\\d.]+ articles\\/s · about \\d.* left/.test(document.querySelector('#progress-text')?.textContent ?? '')`,
        undefined,
        { timeout: 20_000 },
      );
      expect(await page.getAttribute('#progress progress', 'value')).toBe('2');
      expect(await page.getAttribute('#progress progress', 'max')).toBe('6');
      await ui.shot('pipeline');
      await finish(4, batch.slice(2));
      await page.waitForFunction(`document.querySelector('#progress')?.dataset.state === 'finished'`, undefined, { timeout: 10_000 });
      expect(await page.textContent('#progress-text')).toMatch(/^Batch finished: 6 articles done in \d+ s/);
    } finally {
      await nc.close();
    }
  });

  it('fits every page in 420 px without sideways scrolling', async () => {
    await page.setViewportSize({ width: 420, height: 900 });
    const pages: Array<[string, string]> = [
      ['#/', 'search'],
      ['#/?q=sanctions', 'search'],
      ['#/stories', 'stories'],
      ['#/entities', 'entities'],
      ['#/quotes', 'quotes'],
      ['#/files', 'files'],
      ['#/pipeline', 'pipeline'],
      [`#/entity/${world.lukashenko}`, `entity/${world.lukashenko}`],
      [`#/article/${world.ids.minsk}`, `article/${world.ids.minsk}`],
    ];
    const overflowing: string[] = [];
    for (const [hash, ready] of pages) {
      await ui.open(hash, ready);
      const width = await page.evaluate(`document.documentElement.scrollWidth`);
      if ((width as number) > 420) overflowing.push(`${hash}: ${width}px`);
      if (hash === '#/files') await ui.shot('files-420');
    }
    expect(overflowing).toEqual([]);
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('raised no script errors', () => {
    expect(ui.errors).toEqual([]);
  });
});

describe('GET /files/articles (the Files page links)', () => {
  const get = async (ids: string) => {
    const res = await fetch(`${base}/files/articles?ids=${ids}`);
    return { status: res.status, body: (await res.json()) as { items: Array<{ fileId: string; originalFileId: string | null; articleCount: number; articles: Array<{ id: string }> }> } };
  };

  it('gives each file its articles, and a duplicate file the original’s', async () => {
    const ledger: Array<{ id: string; path: string }> = await env.db.query(`SELECT id::text, path FROM file_ledger WHERE path IN ('/inbox/minsk.txt', '/inbox/minsk-again.txt', '/inbox/photo.jpg')`);
    const idOf = (path: string) => ledger.find((f) => f.path === path)!.id;
    const { status, body } = await get([idOf('/inbox/minsk.txt'), idOf('/inbox/minsk-again.txt'), idOf('/inbox/photo.jpg')].join(','));
    expect(status).toBe(200);
    const byFile = new Map(body.items.map((i) => [i.fileId, i]));
    expect(byFile.get(idOf('/inbox/minsk.txt'))).toMatchObject({ originalFileId: null, articleCount: 1, articles: [{ id: world.ids.minsk }] });
    expect(byFile.get(idOf('/inbox/minsk-again.txt'))).toMatchObject({ originalFileId: idOf('/inbox/minsk.txt'), articleCount: 1, articles: [{ id: world.ids.minsk }] });
    expect(byFile.get(idOf('/inbox/photo.jpg'))).toMatchObject({ originalFileId: null, articleCount: 0, articles: [] });
  });

  it('refuses ids that are not a list of file ids', async () => {
    for (const bad of ['', 'abc', '1,,2', Array.from({ length: 101 }, (_, i) => i + 1).join(',')]) expect((await get(bad)).status).toBe(400);
  });
});
