import { append, h } from '../dom.js';
import { QUOTE_KINDS } from '../format.js';
import { exportLinks, field, filterForm, filtersOf, select } from '../forms.js';
import { pagedRoute } from '../pager.js';
import { quoteGroupItem, quoteItem } from '../quotes.js';

const FILTERS = ['q', 'speaker', 'about', 'kind', 'source', 'from', 'to', 'sort'];

/** Quotes page: every filter of GET /quotes, each quote with its kind, pages, and export with the same filters. */
export async function quotesPage(view, params) {
  const filters = filtersOf(params, FILTERS);
  // relevance ranks by the words: without any, newest first is the only order there is
  if (filters.sort === 'relevance' && !filters.q) delete filters.sort;
  const grouped = params.get('group') === 'true';
  const list = h('ul', { class: 'results', id: 'quote-list' });
  const pages = pagedRoute(list, '/quotes', { ...filters, group: grouped ? 'true' : undefined }, {
    noun: grouped ? 'statement' : 'quote',
    empty: 'No quotes match.',
    render: grouped ? quoteGroupItem : quoteItem,
  });
  append(view, [
    h('h1', {}, 'Quotes'),
    filterForm('quotes', [
      field('q', 'Words', params.get('q'), { type: 'search' }),
      field('speaker', 'Speaker', params.get('speaker')),
      field('about', 'About (entity)', params.get('about'), { placeholder: 'name or id' }),
      select('kind', 'Kind', params.get('kind'), [['', 'any'], ...QUOTE_KINDS.map((k) => [k, k])]),
      field('source', 'Source', params.get('source')),
      field('from', 'From', params.get('from'), { type: 'date' }),
      field('to', 'To', params.get('to'), { type: 'date' }),
      select('sort', 'Sort', params.get('sort'), [['', 'auto'], ['date', 'newest'], ['relevance', 'relevance']]),
      select('group', 'Show', params.get('group'), [['', 'each quote'], ['true', 'statements, grouped']]),
    ]),
    h('div', { class: 'list-head' }, pages.summary, exportLinks('/export/quotes', filters)),
    list,
    pages.controls,
  ]);
  await pages.ready;
}
