import { append, h } from '../dom.js';
import { plural } from '../format.js';
import { field, filterForm, filtersOf, select } from '../forms.js';
import { pagedRoute } from '../pager.js';

export async function entitiesPage(view, params) {
  const list = h('ul', { class: 'results', id: 'entity-list' });
  const pages = pagedRoute(list, '/entities', filtersOf(params, ['q', 'type']), {
    noun: 'entity',
    nouns: 'entities',
    empty: 'No entities match.',
    render: (e) =>
      h('li', {}, h('a', { href: `#/entity/${e.id}` }, e.canonical),
        h('div', { class: 'meta' }, `${e.type} · ${plural(e.mentions, 'mention')} · ${plural(e.articles, 'article')}`, e.matchedAlias ? ` · matched “${e.matchedAlias}”` : '')),
  });
  append(view, [
    h('h1', {}, 'Entities'),
    filterForm('entities', [
      field('q', 'Name or alias', params.get('q'), { type: 'search' }),
      select('type', 'Type', params.get('type'), ['', 'PERSON', 'ORG', 'LOCATION', 'MISC'].map((t) => [t, t || 'any'])),
    ]),
    pages.summary,
    list,
    pages.controls,
  ]);
  await pages.ready;
}
