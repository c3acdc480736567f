import { api, query } from '../api.js';
import { annotatedText, speakerTag } from '../annotated-text.js';
import { append, clear, h, table } from '../dom.js';
import { articleDate, articleLabel, formatDate, plural } from '../format.js';
import { kindBadge, quoteWords } from '../quotes.js';
import { fileReasons } from './files.js';
import { retractControl, versionHistory, versionNotice } from './article-history.js';

function clusterMember(m, current) {
  const label = articleLabel(m);
  return h('li', {},
    m.id === current ? h('strong', {}, label) : h('a', { href: `#/article/${m.id}` }, label),
    ` · ${m.source ?? 'unknown outlet'} · ${articleDate(m)}`,
    m.isRoot ? ' · original' : ` · ${m.kind ?? 'near'} duplicate${m.similarity === null ? '' : `, similarity ${m.similarity.toFixed(2)}`}`);
}

/** Article page: the text with entities, quotes and boilerplate marked, its cluster, ledger entry and stages. */
export async function articlePage(view, params, id) {
  const a = await api(`/articles/${encodeURIComponent(id)}`);
  append(view, [
    h('h1', { id: 'article-title' }, articleLabel({ ...a, lead: a.body })),
    h('div', { class: 'meta' }, [a.source ?? 'unknown source', articleDate(a), a.state, a.byline].filter(Boolean).join(' · '), ' ', a.url ? h('a', { href: a.url, rel: 'noopener noreferrer' }, 'original') : null),
    versionNotice(a),
    h('p', { class: 'legend' }, h('span', { class: 'entity' }, 'entity'), h('span', { class: 'quote' }, 'quote'), h('span', { class: 'boilerplate' }, 'boilerplate')),
    h('div', { class: 'article-text', id: 'article-text' }, annotatedText(a.text, a)),
  ]);
  if (a.cluster) {
    append(view, [h('h2', {}, `Story: ${plural(a.cluster.members.length, 'version')}`), h('ul', { id: 'duplicates' }, a.cluster.members.map((m) => clusterMember(m, a.id)))]);
  }
  append(view, [
    h('h2', {}, `Quotes (${a.quotes.length})`),
    h('ul', { id: 'quotes', class: 'plain' }, a.quotes.map((q) => h('li', { 'data-kind': q.kind }, kindBadge(q.kind), quoteWords(q.text, q.kind), ' ', speakerTag(q)))),
    h('h2', {}, `Entities (${a.entities.length})`),
    h('p', { id: 'entities' }, a.entities.map((e) => [h('a', { class: 'pill', href: `#/entity/${e.entityId}` }, `${e.canonical} · ${e.type} · ${plural(e.mentions.length, 'mention')}`), ' '])),
    h('h2', {}, 'Ingestion'),
    table(['file', 'state', 'reason', 'format', 'encoding'], [[
      h('a', { href: `#/files${query({ path: a.path })}` }, a.path),
      a.ledger?.state ?? '—',
      a.ledger ? fileReasons(a.ledger) : '',
      a.format,
      a.encoding,
    ]]),
    h('h2', {}, 'Stages'),
    table(['stage', 'status', 'version', 'updated', 'error'], a.stages.map((s) => [s.stage, s.status, s.version, formatDate(s.updatedAt), s.error ?? ''])),
    versionHistory(a),
    await retractControl(a, () => articlePage(clear(view), params, id)),
  ]);
}
