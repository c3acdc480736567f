import { query } from './api.js';
import { h } from './dom.js';

export function field(name, label, value, attrs = {}) {
  return h('label', {}, label, h('input', { name, value: value ?? '', ...attrs }));
}

/** options: [[value, text], ...] */
export function select(name, label, value, options) {
  return h('label', {}, label, h('select', { name }, options.map(([v, text]) => h('option', { value: v, selected: v === (value ?? '') }, text))));
}

/** The named parameters of the page's hash, empty ones left out. */
export function filtersOf(params, names) {
  return Object.fromEntries(names.map((k) => [k, params.get(k)]).filter(([, v]) => v !== null && v !== ''));
}

/** A filter form that rewrites the hash of the current page (#/page?filters) on submit. */
export function filterForm(page, fields, { button = 'Show', attrs = {} } = {}) {
  const form = h('form', { class: 'filters', ...attrs }, fields, h('button', { type: 'submit' }, button));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const prefix = page ? `#/${page}` : '#/';
    location.hash = `${prefix}${query(Object.fromEntries(new FormData(form)))}`;
  });
  return form;
}

/** Export links (CSV, JSON Lines) for a list route, carrying the page's filters (an export has its own order, so not sort). */
export function exportLinks(path, { sort: _order, ...filters }) {
  const link = (format, text) => h('a', { class: 'button-link', 'data-format': format, href: `${path}${query({ ...filters, format })}`, download: '' }, text);
  return h('div', { class: 'export' }, h('span', { class: 'meta' }, 'Export: '), link('csv', 'CSV'), ' ', link('jsonl', 'JSONL'));
}
