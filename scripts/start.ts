/**
 * `npm start`: makes sure NATS and PostgreSQL are there (starting local ones when they are not), runs
 * the migrations, starts every app, creates the inbox and prints where things are.
 * `npm start -- --demo` also copies the sample articles from seeds/ into the inbox.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '@newsflow/config';
import { openDatabase } from '@newsflow/persistence';
import { AppSupervisor } from './support/app-supervisor';
import { ensureNats, ensurePostgres } from './support/services';

const APPS = ['dedupe', 'entities', 'quotes', 'query', 'watcher'];
const root = resolve(__dirname, '..', '..');
const log = (m: string) => process.stdout.write(`newsflow | ${m}\n`);

async function waitForHealth(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  const config = loadConfig();
  const dataDir = resolve(root, '.data');
  const nats = await ensureNats(config.NATS_URL, dataDir, log);
  const pg = await ensurePostgres(config.DATABASE_URL, dataDir, log);
  const db = await openDatabase(pg.url);
  await db.destroy();
  log('database migrated');

  const inbox = resolve(config.INBOX_DIR);
  mkdirSync(inbox, { recursive: true });
  const env = { ...process.env, NATS_URL: nats.url, DATABASE_URL: pg.url, INBOX_DIR: inbox, LOG_PRETTY: process.env.LOG_PRETTY ?? 'true' };
  const supervisor = new AppSupervisor(env, (app) => join(root, 'dist', 'apps', app, 'src', 'main.js'));
  supervisor.start(APPS);

  let shuttingDown = false;
  const shutdown = async () => {
    if (shuttingDown) return;
    shuttingDown = true;
    log('stopping…');
    await supervisor.stop();
    await pg.stop().catch(() => undefined);
    await nats.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  // npm does not always pass a signal on: when the process that launched us is gone, stop too.
  const launcher = process.ppid;
  setInterval(() => {
    try {
      process.kill(launcher, 0);
    } catch {
      void shutdown();
    }
  }, 1000).unref();

  const ports: Record<string, number> = {
    dedupe: config.DEDUPE_PORT,
    entities: config.ENTITIES_PORT,
    quotes: config.QUOTES_PORT,
    query: config.QUERY_PORT,
    watcher: config.WATCHER_PORT,
  };
  const healthy = await Promise.all(APPS.map((app) => waitForHealth(ports[app], 60_000)));
  if (demo) {
    for (const file of readdirSync(resolve(root, 'seeds'))) copyFileSync(resolve(root, 'seeds', file), join(inbox, file));
    log(`demo: copied the sample articles from seeds/ into the inbox`);
  }
  const api = `http://localhost:${config.QUERY_PORT}`;
  log(healthy.every(Boolean) ? 'all apps are healthy' : `some apps are not healthy yet: ${APPS.filter((_, i) => !healthy[i]).join(', ')}`);
  log(`inbox:  ${inbox}   (drop .txt .md .html .json .jsonl files here)`);
  log(`web UI: ${api}/`);
  log(`API:    ${api}/articles   docs: ${api}/docs`);
  log(`status: npm run status      stop: Ctrl-C`);
}

main().catch((error) => {
  process.stderr.write(`newsflow: ${(error as Error).message}\n`);
  process.exit(1);
});
