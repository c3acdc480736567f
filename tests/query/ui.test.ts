import { INestApplication } from '@nestjs/common';
import { Browser, Page } from 'playwright-core';
import { createTestEnv, TestEnv } from '../support/test-env';
import { ARTICLES, Newsroom, XSS_IMG, XSS_SCRIPT, seedNewsroom } from './newsroom-fixture';
import { startQueryApp } from './query-app';
import { launchChromium, uiPage } from './ui-browser';

let env: TestEnv;
let app: INestApplication;
let base: string;
let world: Newsroom;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let open: (hash: string, ready: string) => Promise<void>;
let settled: (ready: string) => Promise<void>;
let shot: (name: string) => Promise<unknown>;

beforeAll(async () => {
  env = await createTestEnv();
  world = await seedNewsroom(env.db);
  ({ app, baseUrl: base } = await startQueryApp(env.config));
  browser = await launchChromium();
  ({ page, errors: pageErrors, open, settled, shot } = await uiPage(browser, base));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await env?.cleanup();
});

describe('web UI in headless Chromium', () => {
  it('searches and shows ranked results with highlighted snippets', async () => {
    await open('', 'search');
    await page.fill('input[name=q]', 'sanctions');
    await page.click('form.filters button[type=submit]');
    await settled('search');
    expect(await page.evaluate('location.hash')).toContain('q=sanctions');
    const titles = await page.locator('#results li a.title').allTextContents();
    expect(titles.sort()).toEqual([ARTICLES.minsk.title, ARTICLES.minskCopy.title].sort());
    const marks = await page.locator('#results mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain('sanctions');
    await shot('search');
  });

  it('opens an article with entities, quotes and boilerplate marked, and its duplicates', async () => {
    await page.click(`#results a[href="#/article/${world.ids.minsk}"]`);
    await page.waitForSelector('#view[data-ready^="article/"]');
    expect(await page.textContent('#article-title')).toBe(ARTICLES.minsk.title);
    // The rendered text is exactly the article text plus the speaker tags.
    const rendered = await page.evaluate(`(() => {
      const clone = document.querySelector('#article-text').cloneNode(true);
      clone.querySelectorAll('.speaker-tag').forEach((t) => t.remove());
      return clone.textContent;
    })()`);
    expect(rendered).toBe(ARTICLES.minsk.text);
    expect(await page.locator('#article-text a.entity').allTextContents()).toEqual(['Lukashenko', 'Alexander Lukashenko', 'Minsk', 'European Union', 'Lukashenko']);
    expect(await page.locator('#article-text .quote').allTextContents()).toEqual(['We will not give up our sovereignty,']);
    expect(await page.locator('#article-text .boilerplate').allTextContents()).toEqual(['Subscribe to our newsletter for more news.']);
    const tag = page.locator('#article-text a.speaker-tag');
    expect(await tag.textContent()).toBe('— Alexander Lukashenko');
    expect(await page.locator('#duplicates li').count()).toBe(2);
    expect(await page.locator(`#duplicates a[href="#/article/${world.ids.minskCopy}"]`).count()).toBe(1);
    await shot('article');
  });

  it('follows the speaker link to the speaker page with aliases, grouped quotes, co-occurrence and the chart', async () => {
    await page.click('#article-text a.speaker-tag');
    await page.waitForSelector(`#view[data-ready="entity/${world.lukashenko}"]`);
    expect(await page.textContent('#entity-name')).toBe('Alexander Lukashenko');
    const aliases = await page.locator('table tbody tr td:first-child').allTextContents();
    expect(aliases.sort()).toEqual(['Aleksandr Lukashenka', 'Alexander Lukashenko', 'Lukashenko']);
    const groups = page.locator('#speaker-quotes li');
    expect(await groups.count()).toBe(1);
    // A grouped statement carries its earliest wording's kind: direct speech gets its one pair of marks.
    expect(await groups.first().locator('.quote-text').textContent()).toBe('“We will not give up our sovereignty,”');
    expect(await groups.first().textContent()).toContain('2 sources');
    expect(await page.locator('#cooccurring a').allTextContents()).toEqual(['Minsk · 2', 'European Union · 1']);
    expect(await page.locator('svg.chart rect[data-day="2024-03-01"]').getAttribute('data-mentions')).toBe('4');
    await shot('speaker');
  });

  it('renders hostile article text as text, never as markup', async () => {
    await open(`#/article/${world.ids.hostile}`, `article/${world.ids.hostile}`);
    expect(await page.textContent('#article-title')).toBe(ARTICLES.hostile.title);
    const text = await page.textContent('#article-text');
    expect(text).toContain(XSS_IMG);
    expect(text).toContain(XSS_SCRIPT);
    expect(await page.locator('#view img').count()).toBe(0);
    expect(await page.locator('#view script, #view b, #view i').count()).toBe(0);
    expect(await page.locator('#quotes q').textContent()).toBe('“Beware of <b>tags</b> in energy quotes,”');
    await open(`#/?q=hostile`, 'search');
    expect(await page.locator('#results a.title').allTextContents()).toEqual([ARTICLES.hostile.title]);
    expect(await page.locator('#results .meta').first().textContent()).toContain('Evil <i>Outlet</i>');
    expect(await page.evaluate(`typeof window.__xss`)).toBe('undefined');
    await shot('hostile');
  });

  it('shows the file ledger with reasons and a live pipeline dashboard', async () => {
    await open('#/files?state=rejected', 'files');
    expect(await page.locator('#files tbody tr td:nth-child(3)').allTextContents()).toEqual(['binary content (JPEG signature)']);
    await shot('files');
    await open('#/pipeline', 'pipeline');
    expect(await page.textContent('[data-metric="articles-completed"] .num')).toBe('3');
    await env.db.query(`UPDATE articles SET state = 'completed' WHERE id = $1`, [world.ids.minskCopy]);
    await page.waitForFunction(`document.querySelector('[data-metric="articles-completed"] .num')?.textContent === '4'`, undefined, { timeout: 10_000 });
    await shot('pipeline');
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
