import { api } from '../api.js';
import { append, formatDate, h } from '../dom.js';
import { table } from './article.js';

const REFRESH_MS = 2000;

function card(label, value, id) {
  return h('div', { class: 'card', 'data-metric': id }, h('div', { class: 'meta' }, label), h('div', { class: 'num' }, String(value)));
}

function render(panel, s) {
  panel.replaceChildren(
    h('p', { class: 'meta', id: 'updated' }, `Updated ${formatDate(s.at)} (refreshes every ${REFRESH_MS / 1000} s)`),
    h('h2', {}, 'Stages'),
    table(['stage', 'replicas', 'pending', 'ack pending', 'redelivered', 'oldest pending', 'done / last min', 'failed', 'dead letters'], s.stages.map((st) => [
      st.stage, String(st.replicas ?? '—'), String(st.pending), String(st.ackPending), String(st.redelivered),
      st.oldestPendingAgeMs === null ? '—' : `${(st.oldestPendingAgeMs / 1000).toFixed(1)} s`, String(st.doneLastMinute), String(st.failed), String(st.deadLetters),
    ])),
    h('h2', {}, 'Articles'),
    h('div', { class: 'grid', id: 'article-states' }, Object.entries(s.articles).map(([state, n]) => card(state, n, `articles-${state}`))),
    h('h2', {}, 'Files'),
    h('div', { class: 'grid' }, Object.entries(s.files).map(([state, n]) => card(state, n, `files-${state}`))),
    h('p', { class: 'meta', id: 'reconciliation' }, reconciliationText(s.reconciliation)),
    h('h2', {}, 'Recent rejections'),
    table(['file', 'state', 'reason'], s.recentRejections.map((r) => [r.path, r.state, [r.reason ?? '', ...r.rejections.map((x) => ` record ${x.recordIndex ?? '—'}: ${x.reason}`)].join('')])),
    h('h2', {}, 'Dead letters'),
    table(['id', 'stage', 'reason', 'deliveries', 'payload'], s.deadLetters.map((d) => [d.id, d.stage, d.reason, String(d.deliveries), d.payloadSummary])),
  );
}

function reconciliationText({ last, lastAction }) {
  if (!last) return 'Reconciliation: not run yet';
  const line = (r) => `${formatDate(r.at)}: ${r.checked} published without a stored article (${r.inFlight} in flight), ${r.redriven} sent again, ${r.gone} given up, ${r.deadLettered} marked dead-lettered`;
  return `Reconciliation ${line(last)}${lastAction && lastAction.at !== last.at ? `. Last change ${line(lastAction)}` : ''}`;
}

/** Live dashboard: polls /pipeline/status until the page is left (the returned function stops it). */
export async function pipelinePage(view) {
  const panel = h('div', { id: 'pipeline' });
  append(view, [h('h1', {}, 'Pipeline'), panel]);
  let timer;
  let stopped = false;
  async function tick() {
    try {
      render(panel, await api('/pipeline/status'));
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
