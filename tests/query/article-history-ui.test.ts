import { INestApplication } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';
import { generateArticle } from '../support/article-generator';
import { receivedMessage } from '../support/messages';
import { StageServices, stageServices } from '../support/stage-services';
import { createTestEnv, TestEnv } from '../support/test-env';
import { startQueryApp } from './query-app';

const CHROMIUM = '/usr/bin/chromium';
const API_KEY = 'ui-retract-key';

/** The article page's history and Retract, in headless Chromium against the query app with an API key. */
describe('article history and retraction in the web UI', () => {
  let env: TestEnv;
  let stages: StageServices;
  let app: INestApplication;
  let base: string;
  let browser: Browser;
  let page: Page;
  const ids: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install it with apt-get install -y chromium`);
    env = await createTestEnv({ API_KEY });
    stages = await stageServices(env, 'article-history-ui-test');
    const text = generateArticle(21).text;
    for (const [i, version] of [text, text.replace('Report 21', 'Report 21 (corrected)')].entries()) {
      const m = { ...receivedMessage(version, 'history.txt'), droppedAt: 1000 * (i + 1) };
      await stages.dedupe.handle([m]);
      await stages.entities.handle([{ v: 1, articleId: m.articleId, droppedAt: m.droppedAt }]);
      await stages.quotes.handle([{ v: 1, articleId: m.articleId, droppedAt: m.droppedAt, mentions: 0 }]);
      ids.push(m.articleId);
    }
    ({ app, baseUrl: base } = await startQueryApp(env.config));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await stages?.nc.close();
    await env?.cleanup();
  });

  const open = async (id: string) => {
    await page.goto(`${base}/#/article/${id}`);
    await page.waitForSelector(`#view[data-ready="article/${id}"]`);
  };

  it('marks an old version superseded with a link to the current one, and lists the history', async () => {
    await open(ids[0]);
    expect(await page.locator('#superseded').textContent()).toContain('version 1, superseded');
    expect(await page.locator('#superseded a').getAttribute('href')).toBe(`#/article/${ids[1]}`);
    expect(await page.locator('#retract').count()).toBe(0);
    await open(ids[1]);
    expect(await page.locator('#history li').allTextContents()).toEqual([
      expect.stringContaining('version 1'),
      expect.stringMatching(/version 2 .* completed · current/),
    ]);
  });

  it('retracts with the API key the user types, which stays out of the page', async () => {
    await open(ids[1]);
    await page.fill('#retract-key', 'wrong key');
    await page.click('#retract-button');
    await page.waitForFunction(`document.querySelector('#retract-status')?.textContent.includes('401')`);
    await page.fill('#retract-key', API_KEY);
    await page.click('#retract-button');
    await page.waitForSelector('#retracted');
    expect(await page.content()).not.toContain(API_KEY);
    const rows = await env.db.query(`SELECT state FROM articles WHERE id = $1`, [ids[1]]);
    expect(rows).toEqual([{ state: 'retracted' }]);
  });
});
