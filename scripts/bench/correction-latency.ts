import { Figure, percentile, progress } from './figures';
import { dropText, dropTexts, waitLeft } from './inbox';
import { BenchStack } from './stack';
import { newsArticles } from './generator';

/**
 * The article with its third paragraph replaced by a new quote of its own: by the person its lead names,
 * in words of its own. (One shared speaker or statement for every correction would make them all contend
 * for one quote group, which is not what corrections do.)
 */
function corrected(text: string, i: number): string {
  const paragraphs = text.split('\n\n');
  const speaker = /— (\S+ \S+)/.exec(paragraphs[1])?.[1] ?? 'the editor';
  const words = paragraphs[paragraphs.length - 1].replace(/[^\p{L}\p{N} ]/gu, '').split(' ').reverse().slice(0, 14).join(' ');
  paragraphs[2] = `“In correction ${i}, ${words},” said ${speaker}.`;
  return paragraphs.join('\n\n');
}

/**
 * Corrections on a running stack: `files` generated real-size articles are dropped and stored, then each
 * file is rewritten in place with a new quote at 50 files/s. Measures file mtime of the correction → its
 * new version completed (its quotes committed, so queryable), and checks every new quote is there.
 */
export async function benchCorrectionLatency(stack: BenchStack, files: number, section: string): Promise<Figure[]> {
  const window = stack.config.STABILITY_WINDOW_MS;
  const texts = newsArticles(2_000_000, files);
  progress(`${section}: dropping ${files} originals`);
  dropTexts(stack, 'correct-', texts);
  await waitLeft(stack, 'correct-', files, `${section} originals`);
  progress(`${section}: correcting ${files} files in place at 50 files/s (stability window ${window} ms)`);
  const begin = Date.now();
  for (let i = 0; i < files; i++) {
    const due = begin + i * 20;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    dropText(stack, 'correct-', i, corrected(texts[i], i));
  }
  await waitCorrected(stack, files, section);
  const rows: Array<{ ms: number; stored_ms: number; quoted: boolean }> = await stack.db.query(
    `SELECT extract(epoch FROM (a.completed_at - a.dropped_at)) * 1000 AS ms, extract(epoch FROM (a.received_at - a.dropped_at)) * 1000 AS stored_ms,
            EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.text LIKE 'In correction %') AS quoted
     FROM articles a WHERE a.path LIKE 'correct-%' AND a.version = 2 AND a.state = 'completed'`,
  );
  const [old] = await stack.db.query(`SELECT count(*)::int AS n FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.path LIKE 'correct-%' AND a.version = 1`);
  const ms = rows.map((r) => Number(r.ms));
  const note = `${files} generated real-size articles corrected in place at 50 files/s; file mtime → new version completed (quotes queryable); window ${window} ms; ${rows.filter((r) => r.quoted).length}/${files} new quotes found, ${old.n} quotes of old versions left`;
  const stored = rows.map((r) => Number(r.stored_ms));
  return [
    { section, name: 'correction→stored p50', value: percentile(stored, 50), unit: 'ms', note: `${note}; stored: the new version's row, the old one retired` },
    { section, name: 'correction→queryable p50', value: percentile(ms, 50), unit: 'ms', target: { atMost: window + 250 }, note },
    { section, name: 'correction→queryable p99', value: percentile(ms, 99), unit: 'ms', target: { atMost: window + 1000 }, note },
  ];
}

/** Waits until every file's second version has left the pipeline (its first is superseded by then). */
async function waitCorrected(stack: BenchStack, files: number, section: string): Promise<void> {
  const deadline = Date.now() + 60_000 + files * 100;
  let logged = Date.now();
  for (;;) {
    const [row] = await stack.db.query(`SELECT count(*)::int AS n FROM articles WHERE path LIKE 'correct-%' AND version = 2 AND state IN ('completed', 'duplicate')`);
    if (row.n >= files) return;
    if (Date.now() > deadline) throw new Error(`${section}: only ${row.n}/${files} corrections done`);
    if (Date.now() - logged > 3000) {
      progress(`${section}: ${row.n}/${files} corrections done`);
      logged = Date.now();
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
