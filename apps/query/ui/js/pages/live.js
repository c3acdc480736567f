import { api, query } from '../api.js';
import { append, clear, h, scrollBox } from '../dom.js';
import { articleDate, articleLabel, formatDate } from '../format.js';
import { kindBadge, quoteWords } from '../quotes.js';

/** Events kept on screen; older ones fall off the bottom. */
const FEED_LENGTH = 200;
/** The watch list (what names now resolve to, webhook deliveries and failures) is read again this often. */
const WATCHES_REFRESH_MS = 3000;

const followedText = (side) =>
  side ? [side.given, ' → ', side.entities.length ? side.entities.map((e, i) => [i ? ', ' : '', h('a', { href: `#/entity/${e.id}` }, e.canonical)]) : h('span', { class: 'meta' }, 'not seen yet')] : '—';

function deliveryCell(w) {
  if (!w.delivery) return 'no webhook';
  const d = w.delivery;
  return [
    h('div', {}, w.webhook),
    h('div', { class: 'meta' }, `${d.delivered} delivered${d.lastDeliveredAt ? `, last ${formatDate(d.lastDeliveredAt)}` : ''} · ${d.failures} failed attempt${d.failures === 1 ? '' : 's'}`),
    d.recentFailures.length
      ? h('ul', { class: 'failures' }, d.recentFailures.map((f) => h('li', {}, `${formatDate(f.at)} attempt ${f.attempt}: ${f.status ?? 'no answer'} ${f.status ? '' : `(${f.error})`}${f.gaveUp ? ' — gave up' : ''}`)))
      : '',
  ];
}

function watchTable(watches, onDelete) {
  if (watches.length === 0) return h('p', { class: 'meta' }, 'No watches yet.');
  return scrollBox(h(
    'table',
    { id: 'watch-list' },
    h('thead', {}, h('tr', {}, ['name', 'speaker', 'entity', 'words', 'webhook', ''].map((t) => h('th', {}, t)))),
    h('tbody', {}, watches.map((w) => h('tr', { 'data-watch': w.id },
      h('td', {}, h('a', { href: `#/live?watch=${w.id}` }, w.name)),
      h('td', {}, followedText(w.speaker)),
      h('td', {}, followedText(w.entity)),
      h('td', {}, w.q ?? '—'),
      h('td', {}, deliveryCell(w)),
      h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => onDelete(w) }, 'Delete')),
    ))),
  ));
}

function watchForm(onCreate) {
  const field = (label, name, attrs = {}) => h('label', {}, label, h('input', { name, ...attrs }));
  const form = h('form', { class: 'filters', id: 'watch-form' },
    field('Name', 'name', { required: true }),
    field('Speaker (name or id)', 'speaker'),
    field('Entity (name or id)', 'entity'),
    field('Words', 'q', { type: 'search' }),
    field('Webhook URL', 'webhook', { type: 'url', placeholder: 'https://…' }),
    field('API key (if required)', 'apiKey', { type: 'password', autocomplete: 'off' }),
    h('button', { type: 'submit' }, 'Watch'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { apiKey, ...fields } = Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== ''));
    onCreate(fields, apiKey).then((created) => {
      if (!created) return;
      form.reset();
      form.elements.apiKey.value = apiKey ?? '';
    });
  });
  return form;
}

function watchNames(watches, ids) {
  const names = ids.map((id) => watches.find((w) => w.id === id)?.name).filter(Boolean);
  return names.length ? h('span', { class: 'pill matched' }, `matches ${names.join(', ')}`) : '';
}

function articleEvent(e, watches) {
  const a = e.article;
  return h('li', { class: 'live-article', 'data-article': a.id },
    h('span', { class: 'pill' }, 'article'), ' ',
    h('a', { class: 'title', href: `#/article/${a.id}` }, articleLabel(a)),
    h('div', { class: 'meta' }, [a.source, articleDate(a), `${e.quotes} quote${e.quotes === 1 ? '' : 's'}`].filter(Boolean).join(' · '), ' ', watchNames(watches, e.watches)));
}

function quoteEvent(e, watches) {
  const q = e.quote;
  return h('li', { class: 'live-quote', 'data-quote': q.id },
    kindBadge(q.kind), ' ',
    quoteWords(q.text, q.kind),
    q.speakerEntityId ? [' — ', h('a', { href: `#/entity/${q.speakerEntityId}` }, q.speakerCanonical)] : '',
    h('div', { class: 'meta' }, 'in ', h('a', { href: `#/article/${q.article.articleId}` }, articleLabel(q.article)), ' ', watchNames(watches, e.watches)));
}

/** Live page: watches (create, delete, webhook failures) and the feed of /events, optionally one watch's. */
export async function livePage(view, params) {
  const watchId = params.get('watch') ?? '';
  let watches = [];
  const listBox = h('div', {});
  const formError = h('div', { role: 'alert' });
  const feed = h('ol', { class: 'results', id: 'live-feed' });
  const status = h('p', { class: 'meta', id: 'live-status' }, 'Connecting…');

  async function refresh() {
    watches = (await api('/watches')).items;
    clear(listBox).append(watchTable(watches, remove));
  }
  async function send(method, path, body, apiKey) {
    clear(formError);
    try {
      const headers = { ...(body ? { 'content-type': 'application/json' } : {}), ...(apiKey ? { 'x-api-key': apiKey } : {}) };
      const res = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
      if (!res.ok) {
        const problem = await res.json().catch(() => ({}));
        const field = (location) => location.replace(/^body\.?/, '');
        throw new Error(problem.errors?.map((e) => (field(e.location) ? `${field(e.location)}: ${e.message}` : e.message)).join('; ') ?? problem.detail ?? res.statusText);
      }
      await refresh();
      return true;
    } catch (error) {
      formError.append(h('p', { class: 'error' }, error.message));
      return false;
    }
  }
  const remove = (w) => send('DELETE', `/watches/${w.id}`, undefined, document.querySelector('#watch-form input[name=apiKey]')?.value);
  await refresh();
  const current = watches.find((w) => w.id === watchId);

  append(view, [
    h('h1', {}, 'Live'),
    h('h2', {}, 'Watches'),
    watchForm((fields, apiKey) => send('POST', '/watches', fields, apiKey)),
    formError,
    listBox,
    h('h2', {}, current ? `Feed of “${current.name}” ` : 'Feed: every completed article ', current ? h('a', { class: 'pill', href: '#/live' }, 'show all') : ''),
    status,
    feed,
  ]);

  const source = new EventSource(`/events${query({ watch: watchId })}`);
  const show = (item) => {
    feed.prepend(item);
    while (feed.children.length > FEED_LENGTH) feed.lastElementChild.remove();
  };
  source.addEventListener('open', () => (status.textContent = 'Connected: articles and quotes appear here as they complete (newest first).'));
  source.addEventListener('error', () => (status.textContent = 'Disconnected; reconnecting…'));
  source.addEventListener('article', (m) => show(articleEvent(JSON.parse(m.data), watches)));
  source.addEventListener('quote', (m) => show(quoteEvent(JSON.parse(m.data), watches)));
  const timer = setInterval(() => refresh().catch(() => undefined), WATCHES_REFRESH_MS);
  return () => {
    source.close();
    clearInterval(timer);
  };
}
