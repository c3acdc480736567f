import { api, query } from '../api.js';
import { append, formatArticleDate, h, highlighted } from '../dom.js';
import { paged } from '../paging.js';

const FILTERS = ['q', 'entity', 'speaker', 'source', 'state', 'from', 'to', 'sort'];

function field(name, label, value, attrs = {}) {
  return h('label', {}, label, h('input', { name, value: value ?? '', ...attrs }));
}

function select(name, label, value, options) {
  const el = h('select', { name }, options.map(([v, text]) => h('option', { value: v, selected: v === (value ?? '') }, text)));
  return h('label', {}, label, el);
}

export function articleItem(a) {
  return h(
    'li',
    { class: 'article' },
    h('a', { class: 'title', href: `#/article/${a.id}` }, a.title ?? a.path),
    h('div', { class: 'meta' }, [a.source ?? 'unknown source', formatArticleDate(a), a.state].join(' · ')),
    a.snippet ? h('p', { class: 'snippet' }, highlighted(a.snippet)) : null,
  );
}

/** Search page: query box and filters, ranked results with highlighted snippets, cursor paging. */
export async function searchPage(view, params) {
  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    field('q', 'Search', params.get('q'), { type: 'search', placeholder: 'words, "a phrase", -not', 'aria-label': 'Search articles' }),
    field('entity', 'Entity', params.get('entity')),
    field('speaker', 'Speaker', params.get('speaker')),
    field('source', 'Source', params.get('source')),
    select('state', 'State', params.get('state'), [['', 'any'], ['completed', 'completed'], ['accepted', 'accepted'], ['duplicate', 'duplicate']]),
    field('from', 'From', params.get('from'), { type: 'date' }),
    field('to', 'To', params.get('to'), { type: 'date' }),
    select('sort', 'Sort', params.get('sort'), [['', 'auto'], ['date', 'newest'], ['relevance', 'relevance']]),
    h('button', { type: 'submit' }, 'Search'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = `#/${query(Object.fromEntries(FILTERS.map((k) => [k, data.get(k)])))}`;
  });
  const list = h('ul', { class: 'results', id: 'results' });
  const more = h('div', { class: 'more' });
  append(view, [h('h1', {}, 'Articles'), form, list, more]);
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k)]));
  const first = await paged(list, more, (cursor) => api(`/articles${query({ ...filters, cursor })}`), articleItem);
  if (first.items.length === 0) append(list, [h('li', { class: 'empty' }, 'No articles match.')]);
  form.querySelector('input[name=q]').focus();
}
