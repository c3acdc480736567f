import { formatDate, formatDuration, formatNumber, plural } from './format.js';

const WINDOW_MS = 30_000;

/** Articles somewhere in the pipeline: each is pending at one stage at a time, the flow being linear. */
export const inFlight = (status) => status.stages.reduce((n, st) => n + st.pending + st.ackPending, 0);
const completed = (status) => status.articles.completed ?? 0;

/**
 * Follows a batch through the pipeline from successive statuses: a batch starts when work appears and
 * ends when none is left. done counts articles completed since the start (or since the page first saw
 * it), received is done plus what is still in flight, and the rate is the completions of the last
 * 30 s seen here (at first, the last stage's completions over the last minute).
 */
export class BatchProgress {
  batch = null;
  last = null;

  update(status, now = Date.parse(status.at)) {
    const flight = inFlight(status);
    const done = completed(status);
    if (flight > 0 && (!this.batch || this.batch.finishedAt)) this.batch = { startedAt: now, baseline: done, samples: [] };
    if (!this.batch) return null;
    const b = this.batch;
    if (!b.finishedAt) {
      b.samples.push({ t: now, done });
      while (b.samples.length > 2 && now - b.samples[0].t > WINDOW_MS) b.samples.shift();
      if (flight === 0) b.finishedAt = now;
    }
    const first = b.samples[0];
    const latest = b.samples[b.samples.length - 1];
    const span = (latest.t - first.t) / 1000;
    const lastStage = status.stages[status.stages.length - 1];
    const rate = span >= 4 ? (latest.done - first.done) / span : (lastStage?.doneLastMinute ?? 0) / 60;
    this.last = { done: latest.done - b.baseline, received: latest.done - b.baseline + (b.finishedAt ? 0 : flight), inFlight: b.finishedAt ? 0 : flight, rate, startedAt: b.startedAt, finishedAt: b.finishedAt ?? null };
    return this.last;
  }
}

/** "120 of 300 articles done · 180 in flight · 2.5 articles/s · about 1 min 12 s left" */
export function progressText(p) {
  const since = `since ${formatDate(new Date(p.startedAt).toISOString())}`;
  if (p.finishedAt) return `Batch finished: ${plural(p.done, 'article')} done in ${formatDuration((p.finishedAt - p.startedAt) / 1000)} (${since}).`;
  const rate = p.rate > 0 ? `${formatNumber(Math.round(p.rate * 10) / 10)} articles/s` : 'measuring the rate';
  const eta = p.rate > 0 ? `about ${formatDuration(p.inFlight / p.rate)} left` : 'time left not known yet';
  return `${formatNumber(p.done)} of ${plural(p.received, 'article')} done · ${formatNumber(p.inFlight)} in flight · ${rate} · ${eta} (${since})`;
}
