import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { BodyFingerprint, DedupeEngine } from '@newsflow/dedupe';
import { PostgresLshIndex } from '@newsflow/persistence';
import { Figure, median, progress } from './figures';
import { BenchStack } from './stack';
import { syntheticArticle } from './generator';

const idOf = (i: number) => createHash('md5').update(`lsh-${i}`).digest('hex');

/** The article row the signature tables reference (their foreign key), with a placeholder text. */
async function insertArticleRows(tx: EntityManager, ids: string[], fps: BodyFingerprint[]): Promise<void> {
  await tx.query(
    `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, text, body, body_hash, state, dropped_at)
     SELECT id, rpad(id, 64, '0'), 0, id || '.txt', 'txt', 'utf-8', '-', '-', h, 'accepted', now() FROM unnest($1::text[], $2::text[]) AS t(id, h)`,
    [ids, fps.map((f) => f.bodyHash)],
  );
}

/** Stores signatures `from`..`to` through the same PostgresLshIndex the dedupe app uses, 500 per transaction. */
async function fill(stack: BenchStack, engine: DedupeEngine, from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += 500) {
    const end = Math.min(to, start + 500);
    const ids: string[] = [];
    const fps: BodyFingerprint[] = [];
    for (let i = start; i < end; i++) {
      ids.push(idOf(i));
      fps.push(engine.fingerprint(syntheticArticle(i, 250)));
    }
    await stack.db.transaction(async (tx) => {
      await insertArticleRows(tx, ids, fps);
      const index = new PostgresLshIndex(tx);
      for (let k = 0; k < ids.length; k++) await index.add(ids[k], fps[k], ids[k]);
    });
    if ((end - from) % 10_000 === 0) progress(`dedupe LSH: ${end} signatures stored`);
  }
}

/**
 * Milliseconds of lookup (advisory locks, exact + band candidates, Jaccard check) plus insert, per new
 * article, each in its own transaction: everything the dedupe app does for LSH.
 */
async function measure(stack: BenchStack, engine: DedupeEngine, from: number, count: number): Promise<number> {
  const costs: number[] = [];
  for (let i = from; i < from + count; i++) {
    const fp = engine.fingerprint(syntheticArticle(i, 250));
    const id = idOf(i);
    await stack.db.transaction(async (tx) => {
      await insertArticleRows(tx, [id], [fp]);
      const index = new PostgresLshIndex(tx);
      const start = process.hrtime.bigint();
      const decision = await engine.findDuplicate(fp, index);
      await engine.remember(id, fp, decision, index);
      costs.push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return median(costs);
}

/** LSH insert+lookup cost per article in PostgreSQL as the signature table grows to 100,000. */
export async function benchDedupeLsh(quick: boolean): Promise<Figure[]> {
  const checkpoints = quick ? [5_000, 20_000] : [10_000, 50_000, 100_000];
  const sample = quick ? 200 : 500;
  const stack = await BenchStack.create();
  const engine = await DedupeEngine.create();
  const figures: Figure[] = [];
  try {
    let stored = 0;
    const costs: number[] = [];
    for (const size of checkpoints) {
      await fill(stack, engine, stored, size);
      await stack.db.query('ANALYZE dedupe_signatures');
      const cost = await measure(stack, engine, 10_000_000 + size, sample);
      stored = size; // the measured articles sit outside the fill range and do not shift it
      costs.push(cost);
      progress(`dedupe LSH at ${size} signatures: ${cost.toFixed(2)} ms per article`);
      figures.push({ section: 'dedupe', name: `LSH lookup+insert at ${size.toLocaleString('en')} signatures`, value: cost, unit: 'ms/article', target: { atMost: 2 }, note: `median of ${sample} new articles, each in its own transaction (PostgresLshIndex)` });
    }
    figures.push({ section: 'dedupe', name: `growth ${checkpoints[0].toLocaleString('en')}→${checkpoints.at(-1)!.toLocaleString('en')} signatures`, value: costs.at(-1)! / costs[0], unit: '×', target: { atMost: 1.5 }, note: 'flat means cost at the largest table ÷ cost at the smallest stays near 1' });
  } finally {
    await stack.destroy();
  }
  return figures;
}
