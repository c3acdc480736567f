/**
 * `npm run trace -- <file path or article id> [--json]`: one article's journey: its ledger entry, each
 * stage's status, extractor version and time, errors, and any dead letters it left.
 */
import { DeadLetter } from '@newsflow/contracts';
import { ArticleJourney, Trace, traceArticle } from './support/article-trace';
import { openCliSession, runCli } from './support/cli-session';
import { renderDeadLetters } from './support/status-view';
import { formatTable } from './support/table';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : '-');

function renderJourney({ article: a, stages }: ArticleJourney): string {
  const verdict = a.duplicate_of ? `duplicate (${a.duplicate_kind}, similarity ${Number(a.similarity).toFixed(2)}) of ${a.duplicate_of}` : a.state;
  const rows = stages.map((s) => [`  ${s.stage}`, s.status, s.version, iso(s.updated_at), `${((new Date(s.updated_at).getTime() - new Date(a.dropped_at).getTime()) / 1000).toFixed(2)} s`, s.error ?? '']);
  return [
    `article ${a.id} (record ${a.record_index} of ${a.path})${a.title ? `: “${a.title}”` : ''}`,
    `  state ${verdict}; ${a.mentions} mentions, ${a.quotes} quotes`,
    `  dropped ${iso(a.dropped_at)}, stored ${iso(a.received_at)}, completed ${iso(a.completed_at)}`,
    formatTable(['  stage', 'status', 'version', 'at', 'after drop', 'error'], rows),
  ].join('\n');
}

function render(trace: Trace, letters: DeadLetter[]): string {
  const out: string[] = [];
  if (trace.ledger.length === 0) out.push(`no ledger entry for ${trace.query}`);
  for (const f of trace.ledger) {
    out.push(`file ${f.path}: ${f.state}${f.reason ? ` (${f.reason})` : ''}; ${f.articles} article(s); first seen ${iso(f.first_seen_at)}, updated ${iso(f.updated_at)}; sha256 ${f.content_hash}`);
    for (const r of f.rejections) out.push(`  record ${r.recordIndex ?? '-'} rejected: ${r.code}: ${r.reason}`);
  }
  if (trace.articles.length === 0) out.push('no stored article (not published yet, rejected, or not yet through dedupe)');
  for (const journey of trace.articles) out.push('', renderJourney(journey));
  out.push('', `dead letters (${letters.length}):`, renderDeadLetters(letters));
  return out.join('\n');
}

runCli('trace', async () => {
  const args = process.argv.slice(2);
  const query = args.find((a) => !a.startsWith('--'));
  if (!query) throw new Error('usage: npm run trace -- <file path or article id> [--json]');
  const session = await openCliSession('trace');
  try {
    const trace = await traceArticle(session.db, query, session.config.INBOX_DIR);
    const ids = new Set([query, ...trace.articles.map((j) => j.article.id)]);
    const letters = (await (await session.deadLetters()).list(5000).catch(() => [])).filter((l) => l.articleId && ids.has(l.articleId));
    process.stdout.write(`${args.includes('--json') ? JSON.stringify({ ...trace, deadLetters: letters }, null, 2) : render(trace, letters)}\n`);
  } finally {
    await session.close();
  }
});
