import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppProcess } from '../support/app-process';
import { TestEnv, createTestEnv, waitFor } from '../support/test-env';

const PARAGRAPH = '<p>The council met on Tuesday to discuss the budget, and the mayor said that spending would rise.</p>\n';

/**
 * Files over 1 MB are parsed in a worker thread with its own heap limit. The limit is set low here so an
 * 8 MB HTML page (a DOM of a few hundred MB) exceeds it: the page must be rejected with the reason, the
 * watcher must stay up, and the files around it must be published.
 */
describe('the watcher on files too large to parse in its own heap (real NATS and PostgreSQL)', () => {
  let t: TestEnv;
  let watcher: AppProcess;
  const ledger = async (): Promise<Array<{ path: string; state: string; reason: string | null; articles: number }>> =>
    t.db.query(`SELECT path, state, reason, articles FROM file_ledger ORDER BY path`);

  beforeAll(async () => {
    t = await createTestEnv({ WATCHER_PARSE_HEAP_MB: '48', STABILITY_WINDOW_MS: '300' });
    mkdirSync(t.inbox, { recursive: true });
    watcher = await new AppProcess('watcher', t.env).start();
  });
  afterAll(async () => {
    await watcher?.stop();
    await t?.cleanup();
  });

  it('rejects a page whose parse runs out of the worker heap, and keeps publishing the rest', async () => {
    writeFileSync(join(t.inbox, 'huge-page.html'), `<html><body><article>${PARAGRAPH.repeat(80_000)}</article></body></html>`);
    writeFileSync(join(t.inbox, 'long-text.txt'), `A long report\n\n${'The committee reviewed the harbour accounts line by line. '.repeat(40_000)}`);
    writeFileSync(join(t.inbox, 'small.txt'), 'A small note\n\nThe council approved the budget on Monday.\n');
    const rows = await waitFor('ledger rows for the three files', async () => {
      const r = await ledger();
      return r.length >= 3 ? r : null;
    }, 120_000);
    expect(rows).toEqual([
      { path: 'huge-page.html', state: 'rejected', articles: 0, reason: expect.stringMatching(/needs more than 48 MB of memory \(WATCHER_PARSE_HEAP_MB\)/) },
      { path: 'long-text.txt', state: 'published', articles: 1, reason: null },
      { path: 'small.txt', state: 'published', articles: 1, reason: null },
    ]);
    expect(watcher.running).toBe(true);

    writeFileSync(join(t.inbox, 'afterwards.txt'), 'After the big page\n\nThe harbour reopened on Friday.\n');
    await waitFor('a file dropped afterwards to be published', async () => (await ledger()).some((r) => r.path === 'afterwards.txt' && r.state === 'published'));
  });
});
