import { AppName } from '../../support/app-process';
import { expectExactlyOnce } from './expect-exactly-once';
import { CONSUMERS, FaultRun, randomPoint } from './fault-run';

/**
 * Scenario 1: kill -9 each app at a random point of the run, restarting it each time. Each app has its own
 * point and its own kill, so one app's restart (seconds) does not hold back the next kill: with batches
 * the pipeline can finish the whole corpus in that time, and a kill after the end would test nothing.
 */
export async function killEachAppAndRestart(run: FaultRun): Promise<void> {
  await run.feed();
  const apps: AppName[] = ['watcher', 'dedupe', 'entities', 'quotes'];
  const atKill = await Promise.all(
    apps.map(async (app) => {
      await run.completedAtLeast(randomPoint(run, 0.05, 0.6));
      return run.crashAndRestart(app);
    }),
  );
  for (const p of atKill) expect(p.completed).toBeLessThan(run.corpus.counts.unique);
  await expectExactlyOnce(run);
}

/** Scenario 4: several replicas of every consumer racing on the same durable consumers. */
export async function replicasRacing(run: FaultRun): Promise<void> {
  await run.feed();
  await expectExactlyOnce(run);
  // Every published article and poison message reached the shared dedupe consumer at least once.
  const c = run.corpus.counts;
  const deliveries = await run.consumerDeliveries('dedupe');
  expect(deliveries.delivered).toBeGreaterThanOrEqual(c.unique + c.nearDuplicates + c.poison);
}

/** Runs `fault` once the pipeline has completed a random share of the articles, then checks the outcome. */
export async function faultMidRun(run: FaultRun, fault: () => Promise<void>, from = 0.1, to = 0.5): Promise<void> {
  await run.feed();
  await run.completedAtLeast(randomPoint(run, from, to));
  await fault();
  await expectExactlyOnce(run);
}

/**
 * Scenario 7: kill -9 of each consumer app while its batch transaction is open. The test holds a lock on a
 * table each stage writes late in its transaction, after rows that must roll back with it: dedupe_signatures
 * (after the article), entity_articles (filled by the trigger on the inserted mentions) and quote_anchors
 * (after the quotes). Held from before the feed, so each stage has work when its turn comes.
 */
export async function killEachConsumerInsideTransaction(run: FaultRun): Promise<void> {
  const table = { dedupe: 'dedupe_signatures', entities: 'entity_articles', quotes: 'quote_anchors' } as Record<AppName, string>;
  const locks = await Promise.all(CONSUMERS.map((name) => run.lockTable(table[name])));
  await run.feed();
  for (const [i, name] of CONSUMERS.entries()) {
    const caught = await run.crashInsideTransaction(name, locks[i]);
    expect(caught.wrote).toBeGreaterThan(0);
  }
  await expectExactlyOnce(run);
}
