/**
 * `npm run dlq -- list [--stage S] [--limit N] | replay <id> | replay --all`: the dead letters over the
 * same DeadLetterStore as GET /dead-letters. A replayed message goes back to its stage's subject and
 * leaves the list; if it fails again it is parked again with its new reason.
 */
import { openCliSession, runCli } from './support/cli-session';
import { renderDeadLetters } from './support/status-view';

const USAGE = 'usage: npm run dlq -- list [--stage STAGE] [--limit N] | replay <id> | replay --all';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

runCli('dlq', async () => {
  const [command, ...args] = process.argv.slice(2);
  if (command !== 'list' && command !== 'replay') throw new Error(USAGE);
  if (command === 'replay' && !args[0]) throw new Error(USAGE);
  const session = await openCliSession('dlq');
  try {
    const store = await session.deadLetters();
    if (command === 'list') {
      const stage = option(args, '--stage');
      const limit = Number(option(args, '--limit') ?? 100);
      const letters = (await store.list(stage ? 5000 : limit)).filter((l) => !stage || l.stage === stage).slice(0, limit);
      const counts = await store.countsByStage();
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      process.stdout.write(`dead letters: ${total}${total ? ` (${Object.entries(counts).map(([s, n]) => `${s} ${n}`).join(', ')})` : ''}\n${renderDeadLetters(letters)}\n`);
    } else if (args[0] === '--all') {
      process.stdout.write(`replayed ${await store.replayAll()} dead letters\n`);
    } else {
      const letter = await store.replay(args[0]);
      if (!letter) throw new Error(`no dead letter ${args[0]} (see npm run dlq -- list)`);
      process.stdout.write(`replayed ${letter.id} to ${letter.subject} (${letter.stage}; was: ${letter.reason})\n`);
    }
  } finally {
    await session.close();
  }
});
