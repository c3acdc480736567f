import { api, query } from '../api.js';
import { timelineChart } from '../chart.js';
import { append, formatDate, h } from '../dom.js';
import { table } from './article.js';
import { articleItem } from './search.js';
import { followedBadge } from '../followed-badge.js';

export function quoteGroupItem(g) {
  return h(
    'li',
    { class: 'quote-group' },
    h('q', {}, g.text),
    g.speakerEntityId ? [' — ', h('a', { href: `#/entity/${g.speakerEntityId}` }, g.speakerCanonical)] : '',
    h('div', { class: 'meta' }, `${g.count} source${g.count === 1 ? '' : 's'}: `,
      g.sources.map((s, i) => [i ? ', ' : '', h('a', { href: `#/article/${s.articleId}` }, s.source ?? s.title ?? s.articleId), ` (${formatDate(s.date)})`])),
  );
}

/** Entity / speaker page: aliases and why they merged, mentions over time, co-occurring entities, quotes, articles. */
export async function entityPage(view, params, id) {
  const [e, quotes] = await Promise.all([api(`/entities/${encodeURIComponent(id)}`), api(`/speakers/${encodeURIComponent(id)}/quotes${query({ limit: 50 })}`)]);
  append(view, [
    h('h1', { id: 'entity-name' }, e.canonical),
    followedBadge(e.id),
    h('div', { class: 'meta' }, `${e.type} · ${e.mentions} mentions in ${e.articleCount} articles · ${e.quoteCount} quotes`),
    h('h2', {}, 'Mentions over time'),
    timelineChart(e.timeline),
    h('h2', {}, 'Aliases'),
    table(['alias', 'why it is this entity'], e.aliases.map((a) => [a.alias, a.reason])),
    h('h2', {}, 'Quotes'),
    quotes.items.length ? h('ul', { class: 'results', id: 'speaker-quotes' }, quotes.items.map(quoteGroupItem)) : h('p', {}, 'No quotes attributed.'),
    h('h2', {}, 'Often mentioned with'),
    h('p', { id: 'cooccurring' }, e.cooccurring.map((c) => [h('a', { class: 'pill', href: `#/entity/${c.id}` }, `${c.canonical} · ${c.articles}`), ' '])),
    h('h2', {}, 'Latest articles ', h('a', { href: `#/${query({ entity: e.canonical })}`, class: 'pill' }, 'all'), ' ', h('a', { href: `#/${query({ speaker: e.canonical })}`, class: 'pill' }, 'quoting them')),
    h('ul', { class: 'results' }, e.articles.map(articleItem)),
  ]);
}
