import { AppName } from '../../support/app-process';
import { expectExactlyOnce } from './expect-exactly-once';
import { FaultRun, randomPoint } from './fault-run';

/** Scenario 1: kill -9 each app in turn at a random point of the run, restarting it each time. */
export async function killEachAppAndRestart(run: FaultRun): Promise<void> {
  await run.feed();
  const apps: AppName[] = ['watcher', 'dedupe', 'entities', 'quotes'];
  const points = apps.map(() => randomPoint(run, 0.05, 0.8)).sort((a, b) => a - b);
  for (const [i, app] of apps.entries()) {
    await run.completedAtLeast(points[i]);
    await run.crashAndRestart(app);
  }
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
