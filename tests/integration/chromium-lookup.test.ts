import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CHROMIUM_INSTALL, findChromium } from '../support/chromium';

describe('the UI tests find Chromium', () => {
  let dir: string;
  const bin = (path: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '#!/bin/sh\n');
    chmodSync(path, 0o755);
    return path;
  };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'chromium-lookup-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('on PATH, under any of its usual names', () => {
    const path = `${join(dir, 'empty')}:${join(dir, 'bin')}`;
    const chrome = bin(join(dir, 'bin', 'google-chrome'));
    expect(findChromium({ PATH: path }, dir)).toBe(chrome);
    const chromium = bin(join(dir, 'bin', 'chromium'));
    expect(findChromium({ PATH: path }, dir)).toBe(chromium);
  });

  it('at CHROME_PATH before anything on PATH, and says so when CHROME_PATH is wrong', () => {
    bin(join(dir, 'bin', 'chromium'));
    const chosen = bin(join(dir, 'opt', 'my-chrome'));
    expect(findChromium({ PATH: join(dir, 'bin'), CHROME_PATH: chosen }, dir)).toBe(chosen);
    expect(() => findChromium({ PATH: join(dir, 'bin'), CHROME_PATH: join(dir, 'nope') }, dir)).toThrow(`CHROME_PATH is ${join(dir, 'nope')}, which does not exist`);
  });

  it("in playwright's browser cache, newest revision first", () => {
    bin(join(dir, '.cache', 'ms-playwright', 'chromium-1100', 'chrome-linux', 'chrome'));
    const newest = bin(join(dir, '.cache', 'ms-playwright', 'chromium-1200', 'chrome-linux64', 'chrome'));
    expect(findChromium({ PATH: join(dir, 'bin') }, dir)).toBe(newest);
    const custom = bin(join(dir, 'browsers', 'chromium-900', 'chrome-linux', 'chrome'));
    expect(findChromium({ PATH: '', PLAYWRIGHT_BROWSERS_PATH: join(dir, 'browsers') }, dir)).toBe(custom);
  });

  it('or fails naming the command that installs it', () => {
    expect(() => findChromium({ PATH: join(dir, 'bin') }, dir)).toThrow(CHROMIUM_INSTALL);
    expect(CHROMIUM_INSTALL).toBe('apt-get install -y chromium');
  });
});
