import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, BrowserContextOptions, chromium, Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = resolve(__dirname, '..', '..', 'test-artifacts', 'query-ui');

/** Debian's chromium, headless, with the background services that would reach the network turned off. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install it with apt-get install -y chromium`);
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page of the web UI that records script errors and dialogs (both are failures) in `errors`. */
export async function uiPage(browser: Browser, base: string, options: BrowserContextOptions = {}) {
  const page: Page = await (await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  return {
    page,
    errors,
    /** Loads #/<hash> and waits until the router says the page `ready` is rendered. */
    async open(hash: string, ready: string): Promise<void> {
      await page.goto(`${base}/${hash}`);
      await page.waitForSelector(`#view[data-ready="${ready}"]`);
    },
    shot: (name: string) => page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true }),
  };
}
