import { cpus } from 'node:os';
import { cpuSeconds, cpuSecondsOf, machineCpuSeconds } from './cpu';
import { Figure, median, progress } from './figures';
import { dropTexts, waitLeft } from './inbox';
import { backendCpu, backendCpuSpent, mergeGinPendingLists } from './postgres-backends';
import { benchLatency } from './latency';
import { BenchApp, BenchStack } from './stack';
import { singlePassInChild } from './single-pass-child';
import { MeasuredTexts, pipelineTexts } from './texts';

/** Settings the whole-pipeline section runs the apps with (reported with the figures). */
export const PIPELINE_TUNING = { CONCURRENCY: '2', FETCH_BATCH: '64' };

const APPS = ['watcher', 'dedupe', 'entities', 'quotes'] as const;
/** Whose CPU time a sustained run reports: each app (all its replicas), all PostgreSQL processes, NATS. */
const CPU_USERS = [...APPS, 'postgres', 'nats-server'] as const;
type CpuUse = Record<(typeof CPU_USERS)[number], number>;

function cpuNow(stack: BenchStack): CpuUse {
  const app = (name: BenchApp) => stack.apps.filter((a) => a.name === name).reduce((sum, a) => sum + cpuSeconds(a.child.pid!), 0);
  return { watcher: app('watcher'), dedupe: app('dedupe'), entities: app('entities'), quotes: app('quotes'), postgres: cpuSecondsOf('postgres'), 'nats-server': cpuSecondsOf('nats-server') };
}

/** A fresh stack (database, stream, inbox) with entities and quotes `replicas` times, warmed up on other texts. */
async function warmStack(replicas: number, warm: string[], label: string): Promise<BenchStack> {
  const stack = await BenchStack.create(PIPELINE_TUNING);
  try {
    const apps: BenchApp[] = ['dedupe', ...Array.from({ length: replicas }, () => ['entities', 'quotes'] as const).flat(), 'watcher'];
    for (const app of apps) await stack.start(app);
    // New processes compile their code and fill their word caches on these, not on the measured texts.
    dropTexts(stack, 'warmup-', warm);
    await waitLeft(stack, 'warmup-', warm.length, `${label} warm-up`);
    return stack;
  } catch (error) {
    await stack.destroy();
    throw error;
  }
}

interface SustainedRun {
  rate: number;
  /** Articles/s once the first was stored: the watcher's stability window and the first article's trip left out. */
  storedOnRate: number;
  stabilityWindowMs: number;
  cpuMsPerArticle: CpuUse;
  /** Cores the whole machine kept busy meanwhile, this bench's own process included. */
  busyCores: number;
  duplicates: number;
  /** PostgreSQL's CPU per article for the statements of each app's connections, and for merging the GIN pending lists. */
  postgresMsPerArticle: Record<(typeof APPS)[number] | 'gin merge', number>;
}

/**
 * Drops every measured text at once: articles/s from the first file's mtime to the last article done, and
 * then to the end of the GIN merge its inserts left pending, which is part of what the run costs.
 */
async function sustainedRun(stack: BenchStack, texts: string[], label: string): Promise<SustainedRun> {
  const before = cpuNow(stack);
  const backendsBefore = await backendCpu(stack);
  const machineBefore = machineCpuSeconds();
  dropTexts(stack, 'sustained-', texts);
  await waitLeft(stack, 'sustained-', texts.length, label);
  const backendsAfter = await backendCpu(stack);
  const mergeStarted = Date.now();
  const postgresBeforeMerge = cpuSecondsOf('postgres');
  await mergeGinPendingLists(stack);
  const mergeSeconds = (Date.now() - mergeStarted) / 1000;
  const mergeCpu = cpuSecondsOf('postgres') - postgresBeforeMerge;
  const after = cpuNow(stack);
  const machineAfter = machineCpuSeconds();
  const [row] = await stack.db.query(
    `SELECT count(*) FILTER (WHERE state = 'duplicate')::int AS duplicates,
            extract(epoch FROM max(coalesce(completed_at, received_at)) - min(dropped_at)) AS seconds,
            extract(epoch FROM max(coalesce(completed_at, received_at)) - min(received_at)) AS stored_on_seconds
     FROM articles WHERE path LIKE 'sustained-%'`,
  );
  const perArticle = (k: keyof CpuUse) => ((after[k] - before[k]) * 1000) / texts.length;
  const cpuMsPerArticle = Object.fromEntries(CPU_USERS.map((k) => [k, perArticle(k)])) as CpuUse;
  const busyShare = (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total);
  const byApp = backendCpuSpent(backendsBefore, backendsAfter);
  const postgresMsPerArticle = Object.fromEntries([...APPS.map((app) => [app, ((byApp.get(app) ?? 0) * 1000) / texts.length]), ['gin merge', (mergeCpu * 1000) / texts.length]]) as SustainedRun['postgresMsPerArticle'];
  return {
    rate: texts.length / (Number(row.seconds) + mergeSeconds),
    storedOnRate: texts.length / (Number(row.stored_on_seconds) + mergeSeconds),
    stabilityWindowMs: stack.config.STABILITY_WINDOW_MS,
    cpuMsPerArticle,
    busyCores: busyShare * cpus().length,
    duplicates: row.duplicates,
    postgresMsPerArticle,
  };
}

interface Layout {
  replicas: number;
  runs: number;
  latencySeconds: number;
}

/** Sustained runs, each on a fresh stack (dedupe would take re-dropped texts for duplicates), then latency on the last. */
async function benchLayout(texts: MeasuredTexts, inProcess: number, layout: Layout): Promise<Figure[]> {
  const section = layout.replicas === 1 ? 'pipeline' : `pipeline, ${layout.replicas} replicas`;
  const runs: SustainedRun[] = [];
  const figures: Figure[] = [];
  for (let r = 1; r <= layout.runs; r++) {
    const label = `${section} run ${r}/${layout.runs}`;
    progress(`${label}: fresh stack, warm-up on ${texts.warmUp.length} other texts`);
    const stack = await warmStack(layout.replicas, texts.warmUp, label);
    try {
      runs.push(await sustainedRun(stack, texts.measured, label));
      progress(`${label}: ${runs[r - 1].rate.toFixed(1)} articles/s`);
      if (r === layout.runs) figures.push(...(await benchLatency(stack, layout.latencySeconds, section.replace('pipeline', 'latency'))));
    } finally {
      await stack.destroy();
    }
  }
  const rate = median(runs.map((r) => r.rate));
  const tuning = Object.entries(PIPELINE_TUNING).map(([k, v]) => `${k}=${v}`).join(' ');
  const duplicates = runs.map((r) => r.duplicates).join('/');
  const cpu = (k: keyof CpuUse) => median(runs.map((r) => r.cpuMsPerArticle[k]));
  const total = CPU_USERS.reduce((sum, k) => sum + cpu(k), 0);
  const cpuNote = `user+system time over the sustained run${layout.runs > 1 ? 's (median)' : ''} / articles`;
  return [
    { section, name: 'sustained, drop→completed', value: rate, unit: 'articles/s', target: { atLeast: 200 }, runs: runs.map((r) => r.rate), note: `from the first drop to the last article completed and the GIN pending lists merged; ${texts.measured.length} ${texts.source} texts per run, each on a fresh stack warmed up on ${texts.warmUp.length} other texts; entities and quotes ×${layout.replicas}, ${tuning}; ${duplicates} ended as duplicates; median of ${layout.runs}` },
    { section, name: 'first stored→last completed', value: median(runs.map((r) => r.storedOnRate)), unit: 'articles/s', note: `the same runs without the watcher's stability window (${runs[0].stabilityWindowMs} ms) before the first article is read: what the stages sustain once fed` },
    { section, name: 'ratio to in-process extraction', value: rate / inProcess, unit: '×', target: { atLeast: 0.5 }, note: `single-core in-process entities+quotes: ${inProcess.toFixed(0)} articles/s, one pass over the same texts in a fresh process with the stages' Node flags, after warming up on the other texts` },
    ...APPS.map((app) => ({ section, name: `CPU: ${app}`, value: cpu(app), unit: 'ms/article', note: `${cpuNote}, all replicas` })),
    { section, name: 'CPU: PostgreSQL', value: cpu('postgres'), unit: 'ms/article', note: `${cpuNote}, every postgres process (other databases too; the machine is otherwise idle)` },
    ...(['dedupe', 'entities', 'quotes', 'watcher', 'gin merge'] as const).map((part) => ({
      section,
      name: part === 'gin merge' ? 'CPU: PostgreSQL merging GIN pending lists' : `CPU: PostgreSQL for ${part}`,
      value: median(runs.map((r) => r.postgresMsPerArticle[part])),
      unit: 'ms/article',
      note:
        part === 'gin merge'
          ? 'after the last article: what the run left in the GIN indexes\' pending lists, merged and counted in the run (part of the PostgreSQL row)'
          : `the backends serving ${part}'s connections, matched by client port (part of the PostgreSQL row)`,
    })),
    { section, name: 'CPU: NATS', value: cpu('nats-server'), unit: 'ms/article', note: `${cpuNote}, nats-server` },
    { section, name: 'CPU: all of the above', value: total, unit: 'ms/article', note: `so at most ${((cpus().length * 1000) / total).toFixed(0)} articles/s on this machine's ${cpus().length} cores` },
    { section, name: 'CPU: machine busy', value: median(runs.map((r) => r.busyCores)), unit: `of ${cpus().length} cores`, note: 'every process on the machine (this bench included) during the sustained run, from /proc/stat' },
    ...figures,
  ];
}

/**
 * The whole pipeline as in production (watcher, dedupe, entities, quotes as separate processes on the
 * shared NATS and PostgreSQL) on real-size news: sustained articles/s, its ratio to in-process extraction
 * of the same texts, CPU per article of each process, and drop→queryable latency at 50 files/s; with one
 * replica of each app, then with two of entities and quotes.
 */
export async function benchPipeline(quick: boolean, sharedRoot: string): Promise<Figure[]> {
  const count = quick ? 300 : 840;
  const texts = pipelineTexts(sharedRoot, count);
  const inProcess = singlePassInChild('raw', 'polnear', sharedRoot, count).articlesPerSecond;
  progress(`pipeline: ${texts.measured.length} ${texts.source} texts; in-process extraction ${inProcess.toFixed(0)} articles/s in one pass`);
  const figures: Figure[] = [];
  for (const replicas of [1, 2]) figures.push(...(await benchLayout(texts, inProcess, { replicas, runs: quick ? 1 : 3, latencySeconds: quick ? 10 : 30 })));
  return figures;
}
