import { append, h, highlighted } from '../dom.js';
import { articleDate, articleLabel, displaySnippet } from '../format.js';
import { exportLinks, field, filterForm, filtersOf, select } from '../forms.js';
import { pagedRoute } from '../pager.js';

const FILTERS = ['q', 'entity', 'speaker', 'source', 'state', 'from', 'to', 'sort'];

export function articleItem(a) {
  return h(
    'li',
    { class: 'article' },
    h('a', { class: 'title', href: `#/article/${a.id}` }, articleLabel(a)),
    h('div', { class: 'meta' }, [a.source ?? 'unknown source', articleDate(a), a.state].join(' · ')),
    a.snippet?.text ? h('p', { class: 'snippet' }, highlighted(displaySnippet(a.snippet))) : null,
  );
}

/** Search page: query box and filters, ranked results with highlighted snippets, pages and export. */
export async function searchPage(view, params) {
  const form = filterForm(
    '',
    [
      field('q', 'Search', params.get('q'), { type: 'search', placeholder: 'words, "a phrase", -not', 'aria-label': 'Search articles' }),
      field('entity', 'Entity', params.get('entity')),
      field('speaker', 'Speaker', params.get('speaker')),
      field('source', 'Source', params.get('source')),
      select('state', 'State', params.get('state'), [['', 'any'], ['completed', 'completed'], ['accepted', 'accepted'], ['duplicate', 'duplicate']]),
      field('from', 'From', params.get('from'), { type: 'date' }),
      field('to', 'To', params.get('to'), { type: 'date' }),
      select('sort', 'Sort', params.get('sort'), [['', 'auto'], ['date', 'newest'], ['relevance', 'relevance']]),
    ],
    { button: 'Search', attrs: { role: 'search' } },
  );
  const filters = filtersOf(params, FILTERS);
  const list = h('ul', { class: 'results', id: 'results' });
  const pages = pagedRoute(list, '/articles', filters, { noun: 'article', empty: 'No articles match.', render: articleItem });
  append(view, [h('h1', {}, 'Articles'), form, h('div', { class: 'list-head' }, pages.summary, exportLinks('/export/articles', filters)), list, pages.controls]);
  await pages.ready;
  form.querySelector('input[name=q]').focus();
}
