import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { findBinary } from '../../scripts/support/find-binary';

export const CHROMIUM_INSTALL = 'apt-get install -y chromium';
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Chromium builds that playwright installed (`npx playwright install chromium`), newest revision first. */
function playwrightBrowsers(cache: string): string[] {
  if (!existsSync(cache)) return [];
  const revision = (dir: string) => Number(dir.split('-').pop());
  return readdirSync(cache)
    .filter((dir) => /^chromium-\d+$/.test(dir))
    .sort((a, b) => revision(b) - revision(a))
    .flatMap((dir) => ['chrome-linux64', 'chrome-linux'].map((sub) => join(cache, dir, sub, 'chrome')));
}

/**
 * The Chromium the UI tests drive: CHROME_PATH, else chromium / chromium-browser / google-chrome on PATH,
 * else a playwright-installed one; or an error that names what was tried and how to install it.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH is ${env.CHROME_PATH}, which does not exist`);
  }
  const cache = env.PLAYWRIGHT_BROWSERS_PATH || join(home, '.cache', 'ms-playwright');
  const found = findBinary([...ON_PATH, ...playwrightBrowsers(cache)], env.PATH ?? '');
  if (found) return found;
  throw new Error(
    `Chromium is not installed: no CHROME_PATH, no ${ON_PATH.join(' / ')} on PATH, no playwright browser in ${cache}.\n` +
      `  Install it (Debian/Ubuntu, as root): ${CHROMIUM_INSTALL}   or set CHROME_PATH to a Chromium or Chrome binary.`,
  );
}
