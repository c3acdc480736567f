/**
 * `npm run reprocess -- --stage entities|quotes|dedupe [--all | --since DATE | --article ID ... | --outdated]`
 *
 * Republishes the stage's input event, flagged `reprocess`, for the selected articles; the stage and
 * every stage after it run again. Each stage replaces its rows for an article in one transaction, so
 * results are replaced, never doubled. The event ids are fresh per run (the stream's duplicate window
 * would otherwise drop them), and a stage's onward event gets a fresh id too when `reprocess` is set.
 *
 * dedupe: `received` is rebuilt from the stored article (text, metadata). Dedupe keeps the verdict it
 * recorded first (original or duplicate of X): re-deciding could let two copies each claim to be the
 * original, and would count the outlet's lines towards learned boilerplate twice. So reprocessing
 * dedupe re-drives the article from the start (entities and quotes run again) without moving it
 * between story clusters.
 */
import { PipelinePublisher } from '@newsflow/messaging';
import { openCliSession, runCli } from './support/cli-session';
import { ProgressBar } from './support/progress-bar';
import {
  REPROCESS_STAGES,
  ReprocessStage,
  Selection,
  acceptedEventOf,
  countSelected,
  entitiesExtractedEventOf,
  receivedEventOf,
  selectArticles,
} from './support/reprocess-selection';

const USAGE = 'usage: npm run reprocess -- --stage entities|quotes|dedupe (--all | --since DATE | --article ID [--article ID ...]) [--outdated]';
const IN_FLIGHT = 32;

function parseArgs(args: string[]): { stage: ReprocessStage; selection: Selection } {
  const value = (name: string) => args[args.indexOf(name) + 1];
  const stage = value('--stage') as ReprocessStage;
  if (!args.includes('--stage') || !REPROCESS_STAGES.includes(stage)) throw new Error(USAGE);
  const selection: Selection = { all: args.includes('--all'), outdated: args.includes('--outdated') };
  if (args.includes('--since')) {
    selection.since = new Date(value('--since'));
    if (Number.isNaN(selection.since.getTime())) throw new Error(`--since: not a date: ${value('--since')}`);
  }
  selection.articleIds = args.flatMap((a, i) => (args[i - 1] === '--article' ? [a] : []));
  if (selection.articleIds.some((id) => !/^[0-9a-f]{32}$/.test(id))) throw new Error('--article takes a 32-character article id');
  if (!selection.all && !selection.since && selection.articleIds.length === 0 && !selection.outdated) throw new Error(USAGE);
  return { stage, selection };
}

type Row = Parameters<typeof receivedEventOf>[0];

async function republish(publisher: PipelinePublisher, stage: ReprocessStage, row: Row, run: string, claimCheckBytes: number): Promise<void> {
  const id = `reprocess-${run}:${stage}:${row.id.trim()}`;
  if (stage === 'entities') return void (await publisher.publish('accepted', acceptedEventOf(row), id));
  if (stage === 'quotes') return void (await publisher.publish('entities-extracted', entitiesExtractedEventOf(row), id));
  const { text, ...event } = receivedEventOf(row);
  const body = Buffer.byteLength(text) > claimCheckBytes ? { textRef: await publisher.putText(event.articleId, text) } : { text };
  await publisher.publish('received', { ...event, ...body }, id);
}

runCli('reprocess', async () => {
  const { stage, selection } = parseArgs(process.argv.slice(2));
  const session = await openCliSession('reprocess');
  try {
    const total = await countSelected(session.db, stage, selection);
    process.stderr.write(`reprocess ${stage}: ${total} article(s) selected\n`);
    const publisher = session.publisher();
    const run = Date.now().toString(36);
    const bar = new ProgressBar(`reprocess ${stage}`, total);
    const inFlight = new Set<Promise<void>>();
    let published = 0;
    for await (const page of selectArticles(session.db, stage, selection)) {
      for (const row of page) {
        while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
        const task = republish(publisher, stage, row, run, session.config.CLAIM_CHECK_BYTES).then(() => {
          inFlight.delete(task);
          published++;
          bar.tick();
        });
        inFlight.add(task);
      }
    }
    await Promise.all(inFlight);
    bar.finish();
    process.stdout.write(`republished ${published} ${stage} input event(s); watch them with npm run status\n`);
  } finally {
    await session.close();
  }
});
