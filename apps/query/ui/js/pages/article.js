import { api } from '../api.js';
import { annotatedText, speakerTag } from '../annotated-text.js';
import { append, clear, formatArticleDate, formatDate, h } from '../dom.js';
import { retractControl, versionHistory, versionNotice } from './article-history.js';

export function table(headers, rows) {
  return h('table', {}, h('thead', {}, h('tr', {}, headers.map((t) => h('th', {}, t)))), h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))));
}

/** Article page: the text with entities, quotes and boilerplate marked, its cluster, ledger entry and stages. */
export async function articlePage(view, params, id) {
  const a = await api(`/articles/${encodeURIComponent(id)}`);
  append(view, [
    h('h1', { id: 'article-title' }, a.title ?? a.path),
    h('div', { class: 'meta' }, [a.source ?? 'unknown source', formatArticleDate(a), a.state, a.byline].filter(Boolean).join(' · '), ' ', a.url ? h('a', { href: a.url, rel: 'noopener noreferrer' }, 'original') : null),
    versionNotice(a),
    h('p', { class: 'legend' }, h('span', { class: 'entity' }, 'entity'), h('span', { class: 'quote' }, 'quote'), h('span', { class: 'boilerplate' }, 'boilerplate')),
    h('div', { class: 'article-text', id: 'article-text' }, annotatedText(a.text, a)),
  ]);
  if (a.cluster) {
    append(view, [
      h('h2', {}, `Cluster (${a.cluster.members.length} versions)`),
      h('ul', { id: 'duplicates' }, a.cluster.members.map((m) =>
        h('li', {}, m.id === a.id ? h('strong', {}, m.title ?? m.id) : h('a', { href: `#/article/${m.id}` }, m.title ?? m.id),
          ` · ${m.source ?? 'unknown'} · ${formatArticleDate(m)}`, m.isRoot ? ' · original' : ` · ${m.kind} duplicate, similarity ${m.similarity?.toFixed(2)}`),
      )),
    ]);
  }
  append(view, [
    h('h2', {}, `Quotes (${a.quotes.length})`),
    h('ul', { id: 'quotes' }, a.quotes.map((q) => h('li', {}, h('q', {}, q.text), ' ', speakerTag(q)))),
    h('h2', {}, `Entities (${a.entities.length})`),
    h('p', { id: 'entities' }, a.entities.map((e) => [h('a', { class: 'pill', href: `#/entity/${e.entityId}` }, `${e.canonical} · ${e.type} · ${e.mentions.length}`), ' '])),
    h('h2', {}, 'Ingestion'),
    table(['file', 'state', 'reason', 'format', 'encoding'], [[a.path, a.ledger?.state ?? '—', a.ledger?.reason ?? '', a.format, a.encoding]]),
    h('h2', {}, 'Stages'),
    table(['stage', 'status', 'version', 'updated', 'error'], a.stages.map((s) => [s.stage, s.status, s.version, formatDate(s.updatedAt), s.error ?? ''])),
    versionHistory(a),
    await retractControl(a, () => articlePage(clear(view), params, id)),
  ]);
}

