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
      await settled(page, ready);
    },
    /** Waits until the router has rendered the page `ready` for the hash the address bar shows now. */
    settled: (ready: string) => settled(page, ready),
    shot: (name: string) => page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true }),
  };
}

/**
 * Waits until the router marks page `ready` rendered for the current hash. A form rewrites the hash at
 * once but the router runs on the later hashchange event, so the hash alone says nothing about the view.
 */
export async function settled(page: Page, ready: string): Promise<void> {
  // Browser-side code is passed as a string: this file is compiled without the DOM library.
  await page.waitForFunction(`(() => { const v = document.querySelector('#view'); return v?.getAttribute('data-ready') === ${JSON.stringify(ready)} && v.getAttribute('data-hash') === location.hash; })()`);
}
