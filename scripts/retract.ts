/**
 * `npm run retract -- <path|id>`: retracts an article, by its id (any version) or by its inbox path (every
 * record of the file), through the same service as DELETE /articles/:id. The article's entities, quotes and
 * cluster place go, a duplicate it headed becomes the original and is extracted, and the ledger keeps a
 * tombstone so a rescan or restart does not bring the file back (changed content does).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ArticleRetraction } from '@newsflow/platform';
import { openCliSession, runCli } from './support/cli-session';

const USAGE = 'usage: npm run retract -- <inbox path | article id>';

/** A path as the ledger stores it: relative to the inbox, with forward slashes. */
function inboxPath(inbox: string, given: string): string {
  const root = resolve(inbox);
  const full = isAbsolute(given) ? given : resolve(given);
  const inside = relative(root, full);
  return (inside.startsWith('..') ? given : inside).split(sep).join('/');
}

runCli('retract', async () => {
  const given = process.argv[2];
  if (!given) throw new Error(USAGE);
  const session = await openCliSession('retract');
  try {
    const target = /^[0-9a-f]{32}$/.test(given) ? { id: given } : { path: inboxPath(session.config.INBOX_DIR, given) };
    const retracted = await new ArticleRetraction(session.db, session.publisher()).retract(target);
    if (!retracted) throw new Error(`no article stored under ${'id' in target ? target.id : target.path}`);
    for (const r of retracted) {
      const promoted = r.promoted ? `; ${r.promoted} is the cluster's original now` : '';
      process.stdout.write(`${r.alreadyRetracted ? 'already retracted' : 'retracted'} ${r.id} (${r.path}) at ${r.retractedAt.toISOString()}${promoted}\n`);
    }
  } finally {
    await session.close();
  }
});
