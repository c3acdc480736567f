import { mkdirSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { AppProcess, startApps } from '../support/app-process';
import { TestEnv, createTestEnv, freePort } from '../support/test-env';
import { launchChromium, uiPage } from '../query/ui-browser';
import { LIVE_ARTICLES, dropArticle } from './live-articles';

let t: TestEnv;
let apps: AppProcess[];
let browser: Browser;
let ui: Awaited<ReturnType<typeof uiPage>>;
let page: Page;
const base = () => `http://127.0.0.1:${t.env.QUERY_PORT}`;

beforeAll(async () => {
  browser = await launchChromium();
  t = await createTestEnv();
  mkdirSync(t.inbox, { recursive: true });
  apps = await startApps(['dedupe', 'entities', 'quotes', 'query', 'watcher'], t.env);
  ui = await uiPage(browser, base());
  page = ui.page;
});

afterAll(async () => {
  await browser?.close();
  await Promise.all((apps ?? []).map((a) => a.stop()));
  await t?.cleanup();
});

describe('the Live page in headless Chromium', () => {
  it('creates watches and shows an article and its quotes arriving after a file is dropped, and webhook failures', async () => {
    await ui.open('#/live', 'live');
    expect(await page.textContent('#view')).toContain('No watches yet.');
    const create = async (fields: Record<string, string>) => {
      for (const [name, value] of Object.entries(fields)) await page.fill(`#watch-form input[name=${name}]`, value);
      const rows = await page.locator('#watch-list tbody tr').count();
      await page.click('#watch-form button[type=submit]');
      await page.locator('#watch-list tbody tr').nth(rows).waitFor();
    };
    await create({ name: 'Lukashenko says', speaker: 'Lukashenko' });
    // Nothing listens at this port: every POST fails.
    await create({ name: 'Broken hook', entity: 'Minsk', webhook: `http://127.0.0.1:${await freePort()}/hook` });
    const row = page.locator('#watch-list tbody tr');
    expect(await row.count()).toBe(2);
    expect(await row.first().textContent()).toContain('Lukashenko → not seen yet');
    await page.fill('#watch-form input[name=name]', 'Invalid');
    await page.click('#watch-form button[type=submit]');
    expect(await page.locator('[role=alert] .error').textContent()).toBe('a watch needs at least one of speaker, entity or q');
    await page.waitForFunction(`document.querySelector('#live-status').textContent.startsWith('Connected')`);

    dropArticle(t.inbox, LIVE_ARTICLES.lukashenko);
    const arrived = page.locator('#live-feed li.live-article a.title');
    await arrived.waitFor({ timeout: 30_000 });
    expect(await arrived.textContent()).toBe('Lukashenko vows to defend sovereignty');
    await page.locator('#live-feed li.live-quote').first().waitFor();
    expect(await page.locator('#live-feed li.live-article .pill.matched').textContent()).toBe('matches Lukashenko says, Broken hook');
    const quotes = await page.locator('#live-feed li.live-quote .quote-text').allTextContents();
    // One statement interrupted by its attribution is one quote.
    expect(quotes).toContain('“We will not give up our sovereignty," Lukashenko told reporters in Minsk. "Nobody will dictate to us how to live.”');
    // Newest first: the article came before its quotes, so it is at the bottom.
    expect(await page.locator('#live-feed > li').last().getAttribute('class')).toBe('live-article');
    // The list is read again while the page is open: names resolve, and failed webhook attempts show.
    await page.locator('#watch-list tbody tr:nth-child(2) .failures li').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#watch-list tbody tr:nth-child(2) .failures li').first().textContent()).toMatch(/attempt \d+: no answer \(ECONNREFUSED\)/);
    expect(await row.first().textContent()).toContain('Lukashenko → Alexander Lukashenko');
    await ui.shot('live-feed');
    await row.nth(1).locator('button', { hasText: 'Delete' }).click();
    await page.waitForFunction(`document.querySelectorAll('#watch-list tbody tr').length === 1`);
  });

  it('leaves the attribution inside a joined quote unshaded on the article page, with one speaker tag', async () => {
    const found = (await (await fetch(`${base()}/articles?q=sovereignty`)).json()) as { items: Array<{ id: string }> };
    const id = found.items[0].id;
    const article = (await (await fetch(`${base()}/articles/${id}`)).json()) as { quotes: Array<{ ordinal: number; text: string }> };
    const joined = article.quotes.find((q) => q.text.includes('Lukashenko told reporters'))!;
    await ui.open(`#/article/${id}`, `article/${id}`);
    const shaded = await page.locator(`#article-text .quote[data-quote="${joined.ordinal}"]`).allTextContents();
    expect(shaded).toEqual(['We will not give up our sovereignty,', 'Nobody will dictate to us how to live.']);
    // One tag per quote, after its last part.
    expect(await page.locator('#article-text .speaker-tag').count()).toBe(article.quotes.length);
    await ui.shot('article-joined-quote');
  });

  it('marks a followed person with a badge, and no one else', async () => {
    const entities = (await (await fetch(`${base()}/entities?q=Alexander%20Lukashenko`)).json()) as { items: Array<{ id: string; canonical: string }> };
    const person = entities.items.find((e) => e.canonical === 'Alexander Lukashenko')!;
    await ui.open(`#/entity/${person.id}`, `entity/${person.id}`);
    const badge = page.locator('#followed-badge:not([hidden])');
    await badge.waitFor();
    expect(await badge.textContent()).toBe('● Followed by Lukashenko says');
    expect(await page.textContent('#entity-name')).toBe('Alexander Lukashenko');
    await ui.shot('live-badge');

    const places = (await (await fetch(`${base()}/entities?q=Minsk`)).json()) as { items: Array<{ id: string }> };
    await ui.open(`#/entity/${places.items[0].id}`, `entity/${places.items[0].id}`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#followed-badge').isHidden()).toBe(true);
    await page.setViewportSize({ width: 420, height: 900 });
    await ui.open('#/live', 'live');
    expect(await page.evaluate(`document.documentElement.scrollWidth`)).toBeLessThanOrEqual(420);
    await ui.shot('live-420');
    expect(ui.errors).toEqual([]);
  });
});
