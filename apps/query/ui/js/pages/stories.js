import { append, h } from '../dom.js';
import { articleDate, articleLabel, formatDate, plural } from '../format.js';
import { field, filterForm, filtersOf } from '../forms.js';
import { pagedRoute } from '../pager.js';

function memberItem(m) {
  const how = m.isRoot ? 'first published' : `${m.kind ?? 'near'} copy${m.similarity === null ? '' : `, similarity ${m.similarity.toFixed(2)}`}`;
  return h('li', { 'data-article': m.id }, h('a', { href: `#/article/${m.id}` }, m.source ?? 'unknown outlet'), ` · ${articleDate(m)} · ${how}`, m.title ? h('div', { class: 'meta' }, m.title) : null);
}

function storyItem(s) {
  const root = s.members.find((m) => m.isRoot) ?? { id: s.rootId, title: s.title, date: s.date };
  return h(
    'li',
    { class: 'story', 'data-root': s.rootId },
    h('a', { class: 'title', href: `#/article/${s.rootId}` }, articleLabel({ ...root, title: s.title ?? root.title })),
    h('div', { class: 'meta' }, `${plural(s.size, 'copy', 'copies')} · ${plural(s.sources.length, 'outlet')} · ${formatDate(s.date)}`),
    h('p', { class: 'outlets' }, s.sources.map((o) => [h('span', { class: 'pill' }, o), ' '])),
    h('ul', { class: 'members' }, s.members.map(memberItem)),
  );
}

/** Stories page: near-duplicate clusters, newest first, with their outlets and a link to every copy. */
export async function storiesPage(view, params) {
  const list = h('ul', { class: 'results', id: 'stories' });
  const pages = pagedRoute(list, '/stories', filtersOf(params, ['source', 'from', 'to']), { noun: 'story', nouns: 'stories', empty: 'No stories: no article has a copy yet.', render: storyItem });
  append(view, [
    h('h1', {}, 'Stories'),
    h('p', { class: 'meta' }, 'Articles carried by more than one outlet, or more than once: each story lists every copy.'),
    filterForm('stories', [field('source', 'Outlet', params.get('source')), field('from', 'From', params.get('from'), { type: 'date' }), field('to', 'To', params.get('to'), { type: 'date' })]),
    pages.summary,
    list,
    pages.controls,
  ]);
  await pages.ready;
}
