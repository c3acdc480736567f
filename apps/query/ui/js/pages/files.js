import { api, query } from '../api.js';
import { append, h, scrollBox } from '../dom.js';
import { articleLabel, formatDate, formatNumber, plural } from '../format.js';
import { field, filterForm, filtersOf, select } from '../forms.js';
import { pagedRoute } from '../pager.js';

/** A ledger entry's reasons, each said once: the file's own, then its rejected records and dead letters. */
export function fileReasons(f) {
  const lines = [
    f.reason,
    ...(f.rejections ?? []).map((r) => (r.recordIndex === null ? r.reason : `record ${formatNumber(r.recordIndex)}: ${r.reason}`)),
    ...(f.deadLetters ?? []).map((d) => `dead-lettered by ${d.stage}${d.deadLetterId ? ` (letter ${d.deadLetterId})` : ''}: ${d.reason}`),
  ].filter(Boolean);
  return [...new Set(lines)].map((line) => h('div', {}, line));
}

function articleLinks(link) {
  const links = link.articles.map((a) => h('li', {}, h('a', { href: `#/article/${a.id}`, class: 'file-article' }, articleLabel(a))));
  const more = link.articleCount - link.articles.length;
  if (more > 0) links.push(h('li', { class: 'meta' }, `and ${plural(more, 'more article')}`));
  return links.length ? h('ul', { class: 'plain' }, links) : '—';
}

function fileRow(f) {
  return h(
    'tr',
    { 'data-file': f.id },
    h('td', { class: 'path' }, f.path, f.duplicateOfPath ? h('div', { class: 'meta' }, 'same content as ', h('a', { href: `#/files${query({ path: f.duplicateOfPath })}`, class: 'original-file' }, f.duplicateOfPath)) : null),
    h('td', { class: 'state' }, f.state),
    h('td', { class: 'reason' }, fileReasons(f)),
    h('td', { class: 'articles' }, f.state === 'duplicate-file' ? '—' : formatNumber(f.articles)),
    h('td', { class: 'num' }, `${formatNumber(f.size)} B`),
    h('td', {}, formatDate(f.firstSeenAt)),
  );
}

/** Links each row to its stored articles (a duplicate file to its original's), one request per page. */
async function linkArticles(files, body) {
  if (!files.length) return;
  // Without the links (an API that lacks the route) the page still lists the files with their counts.
  const { items } = await api(`/files/articles${query({ ids: files.map((f) => f.id).join(',') })}`).catch(() => ({ items: [] }));
  for (const link of items) {
    const cell = body.querySelector(`tr[data-file="${link.fileId}"] td.articles`);
    if (!cell) continue;
    const duplicate = link.originalFileId !== null;
    if (!duplicate && !link.articles.length) continue;
    cell.replaceChildren(duplicate ? h('div', { class: 'meta' }, 'original’s:') : '', articleLinks(link));
  }
}

export async function filesPage(view, params) {
  const body = h('tbody', {});
  const pages = pagedRoute(body, '/files', filtersOf(params, ['path', 'state']), { noun: 'file', empty: 'No files match.', render: fileRow, afterRender: linkArticles });
  append(view, [
    h('h1', {}, 'Files'),
    filterForm('files', [
      field('path', 'Path contains', params.get('path')),
      select('state', 'State', params.get('state'), ['', 'published', 'dead-lettered', 'rejected', 'duplicate-file', 'ignored'].map((s) => [s, s || 'any'])),
    ]),
    pages.summary,
    scrollBox(h('table', { id: 'files' }, h('thead', {}, h('tr', {}, ['file', 'state', 'reason', 'articles', 'size', 'first seen'].map((t) => h('th', {}, t)))), body)),
    pages.controls,
  ]);
  await pages.ready;
}
