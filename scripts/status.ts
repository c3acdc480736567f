/**
 * `npm run status [-- --watch [SECONDS]] [-- --json]`: the pipeline status (the same numbers as
 * GET /pipeline/status) in the terminal; --watch redraws it in place until Ctrl-C.
 */
import { PipelineStatusReader } from '@newsflow/platform';
import { openCliSession, runCli } from './support/cli-session';
import { renderStatus } from './support/status-view';

const CLEAR = '\x1b[H\x1b[2J';

runCli('status', async () => {
  const args = process.argv.slice(2);
  const watchAt = args.indexOf('--watch');
  const json = args.includes('--json');
  const everyMs = watchAt >= 0 && Number(args[watchAt + 1]) > 0 ? Number(args[watchAt + 1]) * 1000 : 2000;
  const session = await openCliSession('status');
  const reader = await PipelineStatusReader.open(session.nc, session.db, session.config);
  const show = async () => {
    const status = await reader.status();
    return json ? JSON.stringify(status, null, 2) : renderStatus(status, session.config.STREAM_NAME);
  };
  if (watchAt < 0) {
    process.stdout.write(`${await show()}\n`);
    return session.close();
  }
  process.once('SIGINT', () => void session.close().then(() => process.exit(0)));
  for (;;) {
    const text = await show().catch((error: Error) => `status unavailable: ${error.message}`);
    process.stdout.write(`${process.stdout.isTTY && !json ? CLEAR : ''}${text}\n${json ? '' : `\n(refreshing every ${everyMs / 1000} s; Ctrl-C to stop)\n`}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
});
