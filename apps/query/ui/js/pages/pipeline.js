import { api, query } from '../api.js';
import { BatchProgress, progressText } from '../batch-progress.js';
import { append, h, table } from '../dom.js';
import { formatDate, formatNumber } from '../format.js';
import { fileReasons } from './files.js';

const REFRESH_MS = 2000;
const n = formatNumber;

function card(label, value, id) {
  return h('div', { class: 'card', 'data-metric': id }, h('div', { class: 'meta' }, label), h('div', { class: 'num' }, n(value)));
}

function progressPanel(p) {
  if (!p) return h('p', { class: 'meta' }, 'Idle: nothing in flight.');
  const bar = h('progress', { max: Math.max(1, p.received), value: p.done });
  return [bar, h('p', { id: 'progress-text' }, progressText(p))];
}

function render(panel, s, progress) {
  panel.replaceChildren(
    h('p', { class: 'meta', id: 'updated' }, `Updated ${formatDate(s.at)} (refreshes every ${REFRESH_MS / 1000} s)`),
    h('section', { id: 'progress', 'data-state': progress ? (progress.finishedAt ? 'finished' : 'running') : 'idle' }, h('h2', {}, 'Ingestion progress'), progressPanel(progress)),
    h('h2', {}, 'Stages'),
    table(['stage', 'replicas', 'pending', 'ack pending', 'redelivered', 'oldest pending', 'done / last min', 'failed', 'dead letters'], s.stages.map((st) => [
      st.stage, st.replicas === undefined ? '—' : n(st.replicas), n(st.pending), n(st.ackPending), n(st.redelivered),
      st.oldestPendingAgeMs === null ? '—' : `${(st.oldestPendingAgeMs / 1000).toFixed(1)} s`, n(st.doneLastMinute), n(st.failed), n(st.deadLetters),
    ])),
    h('h2', {}, 'Articles'),
    h('div', { class: 'grid', id: 'article-states' }, Object.entries(s.articles).map(([state, count]) => card(state, count, `articles-${state}`))),
    h('h2', {}, 'Files'),
    h('div', { class: 'grid' }, Object.entries(s.files).map(([state, count]) => card(state, count, `files-${state}`))),
    h('p', { class: 'meta', id: 'reconciliation' }, reconciliationText(s.reconciliation)),
    h('h2', {}, 'Recent rejections'),
    table(['file', 'state', 'reason'], s.recentRejections.map((r) => [h('a', { href: `#/files${query({ path: r.path })}` }, r.path), r.state, fileReasons(r)])),
    h('h2', {}, 'Dead letters'),
    table(['id', 'stage', 'reason', 'deliveries', 'payload'], s.deadLetters.map((d) => [d.id, d.stage, d.reason, n(d.deliveries), d.payloadSummary])),
  );
}

function reconciliationText({ last, lastAction }) {
  if (!last) return 'Reconciliation: not run yet';
  const line = (r) => `${formatDate(r.at)}: ${n(r.checked)} published without a stored article (${n(r.inFlight)} in flight), ${n(r.redriven)} sent again, ${n(r.gone)} given up, ${n(r.deadLettered)} marked dead-lettered`;
  return `Reconciliation ${line(last)}${lastAction && lastAction.at !== last.at ? `. Last change ${line(lastAction)}` : ''}`;
}

/** Live dashboard: polls /pipeline/status until the page is left (the returned function stops it). */
export async function pipelinePage(view) {
  const panel = h('div', { id: 'pipeline' });
  append(view, [h('h1', {}, 'Pipeline'), panel]);
  const batch = new BatchProgress();
  let timer;
  let stopped = false;
  async function tick() {
    try {
      const s = await api('/pipeline/status');
      render(panel, s, batch.update(s));
    } catch (error) {
      panel.prepend(h('p', { class: 'error' }, error.message));
    }
    if (!stopped) timer = setTimeout(tick, REFRESH_MS);
  }
  await tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
