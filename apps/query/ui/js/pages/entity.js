import { api, query } from '../api.js';
import { timelineChart } from '../chart.js';
import { append, h, table, withArticleLinks } from '../dom.js';
import { aliasReasonText, articleLabel, formatNumber, plural } from '../format.js';
import { pagedRoute } from '../pager.js';
import { quoteGroupItem } from '../quotes.js';
import { articleItem } from './search.js';
import { followedBadge } from '../followed-badge.js';

/** Why each alias is this entity; the entity's own name needs no reason. Article ids in a reason become links. */
function aliasRows(e) {
  const labels = new Map(e.articles.map((a) => [a.id, articleLabel(a)]));
  return e.aliases.map((a) => {
    const reason = aliasReasonText(a.alias, e.canonical, a.reason);
    return [a.alias, reason === null ? h('span', { class: 'meta' }, 'canonical name') : withArticleLinks(reason, labels)];
  });
}

/** Entity / speaker page: aliases and why they merged, mentions over time, co-occurring entities, quotes, articles. */
export async function entityPage(view, params, id) {
  const e = await api(`/entities/${encodeURIComponent(id)}`);
  const quotes = h('ul', { class: 'results', id: 'speaker-quotes' });
  const pages = pagedRoute(quotes, `/speakers/${encodeURIComponent(id)}/quotes`, {}, { noun: 'statement', empty: 'No quotes attributed.', render: quoteGroupItem });
  append(view, [
    h('h1', { id: 'entity-name' }, e.canonical),
    followedBadge(e.id),
    h('div', { class: 'meta', id: 'entity-counts' }, `${e.type} · ${plural(e.mentions, 'mention')} in ${plural(e.articleCount, 'article')} · ${plural(e.quoteCount, 'quote')}`),
    h('h2', {}, 'Mentions over time'),
    h('div', { class: 'chart-box' }, timelineChart(e.timeline)),
    h('h2', {}, 'Aliases'),
    table(['alias', 'why it is this entity'], aliasRows(e), { id: 'aliases' }),
    h('h2', {}, 'Quotes ', h('a', { href: `#/quotes${query({ speaker: e.canonical })}`, class: 'pill' }, 'search them')),
    pages.summary,
    quotes,
    pages.controls,
    h('h2', {}, 'Often mentioned with'),
    h('p', { id: 'cooccurring' }, e.cooccurring.map((c) => [h('a', { class: 'pill', href: `#/entity/${c.id}` }, `${c.canonical} · ${formatNumber(c.articles)}`), ' '])),
    h('h2', {}, 'Latest articles ', h('a', { href: `#/${query({ entity: e.canonical })}`, class: 'pill' }, 'all'), ' ', h('a', { href: `#/${query({ speaker: e.canonical })}`, class: 'pill' }, 'quoting them')),
    h('ul', { class: 'results', id: 'entity-articles' }, e.articles.map(articleItem)),
  ]);
  await pages.ready;
}
