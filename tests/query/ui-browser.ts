import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, BrowserContextOptions, chromium, Page } from 'playwright-core';
import { findChromium } from '../support/chromium';

export const ARTIFACTS = resolve(__dirname, '..', '..', 'test-artifacts', 'query-ui');

/** The Chromium findChromium finds (or its install command), headless, with the background services that would reach the network turned off. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath,
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
