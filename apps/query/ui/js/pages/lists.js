import { api, query } from '../api.js';
import { append, formatDate, h } from '../dom.js';
import { quoteGroupItem } from './entity.js';
import { paged } from '../paging.js';

/** A filter form that rewrites the hash of the current page. */
function filterForm(page, fields) {
  const form = h('form', { class: 'filters' }, fields, h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/${page}${query(Object.fromEntries(new FormData(form)))}`;
  });
  return form;
}

export async function entitiesPage(view, params) {
  const list = h('ul', { class: 'results' });
  const more = h('div', { class: 'more' });
  append(view, [
    h('h1', {}, 'Entities'),
    filterForm('entities', [
      h('label', {}, 'Name or alias', h('input', { name: 'q', type: 'search', value: params.get('q') ?? '' })),
      h('label', {}, 'Type', h('select', { name: 'type' }, ['', 'PERSON', 'ORG', 'LOCATION', 'MISC'].map((t) => h('option', { value: t, selected: t === (params.get('type') ?? '') }, t || 'any')))),
    ]),
    list,
    more,
  ]);
  await paged(list, more, (cursor) => api(`/entities${query({ q: params.get('q'), type: params.get('type'), cursor })}`), (e) =>
    h('li', {}, h('a', { href: `#/entity/${e.id}` }, e.canonical), h('div', { class: 'meta' }, `${e.type} · ${e.mentions} mentions · ${e.articles} articles`, e.matchedAlias ? ` · matched “${e.matchedAlias}”` : '')),
  );
}

export async function quotesPage(view, params) {
  const list = h('ul', { class: 'results' });
  const more = h('div', { class: 'more' });
  append(view, [
    h('h1', {}, 'Quotes'),
    filterForm('quotes', [
      h('label', {}, 'Words', h('input', { name: 'q', type: 'search', value: params.get('q') ?? '' })),
      h('label', {}, 'Speaker', h('input', { name: 'speaker', value: params.get('speaker') ?? '' })),
    ]),
    list,
    more,
  ]);
  await paged(list, more, (cursor) => api(`/quotes${query({ q: params.get('q'), speaker: params.get('speaker'), group: 'true', cursor })}`), quoteGroupItem);
}

export async function filesPage(view, params) {
  const body = h('tbody', {});
  const more = h('div', { class: 'more' });
  append(view, [
    h('h1', {}, 'Files'),
    filterForm('files', [
      h('label', {}, 'Path contains', h('input', { name: 'path', value: params.get('path') ?? '' })),
      h('label', {}, 'State', h('select', { name: 'state' }, ['', 'published', 'dead-lettered', 'rejected', 'duplicate-file', 'ignored'].map((s) => h('option', { value: s, selected: s === (params.get('state') ?? '') }, s || 'any')))),
    ]),
    h('table', { id: 'files' }, h('thead', {}, h('tr', {}, ['path', 'state', 'reason', 'articles', 'size', 'seen'].map((t) => h('th', {}, t)))), body),
    more,
  ]);
  await paged(body, more, (cursor) => api(`/files${query({ path: params.get('path'), state: params.get('state'), cursor })}`), (f) =>
    h('tr', {}, [
      f.path,
      f.state,
      [
        f.reason ?? '',
        ...f.rejections.map((r) => ` record ${r.recordIndex ?? '—'}: ${r.reason}`),
        ...(f.deadLetters ?? []).map((d) => ` dead-lettered by ${d.stage} (letter ${d.deadLetterId ?? '—'}): ${d.reason}`),
      ].join(''),
      String(f.articles),
      `${f.size} B`,
      formatDate(f.firstSeenAt),
    ].map((c) => h('td', {}, c))),
  );
}
