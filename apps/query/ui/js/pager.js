import { api, query } from './api.js';
import { h } from './dom.js';
import { formatNumber, totalText } from './format.js';

export const PAGE_SIZES = [20, 50, 100];
const SIZE_KEY = 'newsflow.pageSize';

function savedSize() {
  const n = Number(sessionStorage.getItem(SIZE_KEY));
  return PAGE_SIZES.includes(n) ? n : PAGE_SIZES[0];
}

/**
 * A list with real pages: Previous and Next over a stack of cursors, a page size control and the total
 * when the API gives one. `load(cursor, limit)` returns a page; `render(item)` one row or item.
 * Returns { element, ready } where ready resolves after the first page.
 */
export function pagedList(container, { load, render, noun, nouns, empty = 'Nothing matches.', afterRender }) {
  const cursors = [undefined];
  let index = 0;
  let limit = savedSize();
  const summary = h('p', { class: 'meta pager-summary', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button', class: 'pager-prev', onclick: () => go(index - 1) }, '← Previous');
  const next = h('button', { type: 'button', class: 'pager-next', onclick: () => go(index + 1) }, 'Next →');
  const label = h('span', { class: 'pager-page' });
  const size = h('select', { class: 'pager-size', 'aria-label': 'Page size' }, PAGE_SIZES.map((n) => h('option', { value: n, selected: n === limit }, `${n} a page`)));
  size.addEventListener('change', () => {
    limit = Number(size.value);
    sessionStorage.setItem(SIZE_KEY, String(limit));
    cursors.length = 1;
    void go(0);
  });
  const controls = h('div', { class: 'pager' }, prev, label, next, size);

  async function show(target) {
    controls.setAttribute('aria-busy', 'true');
    const page = await load(cursors[target], limit);
    index = target;
    cursors[index + 1] = page.nextCursor ?? undefined;
    cursors.length = page.nextCursor ? index + 2 : index + 1;
    container.replaceChildren(...page.items.map(render));
    if (page.items.length === 0) container.append(h(container.tagName === 'TBODY' ? 'tr' : 'li', { class: 'empty' }, container.tagName === 'TBODY' ? h('td', { colspan: 9 }, empty) : empty));
    if (afterRender) await afterRender(page.items, container);
    const first = index * limit + 1;
    const shown = page.items.length ? `${formatNumber(first)}–${formatNumber(first + page.items.length - 1)}` : 'none';
    // Without a total from the API, the last page still tells how many there are (the size is fixed).
    const counted = typeof page.total === 'number' || page.nextCursor ? page : { total: index * limit + page.items.length };
    const total = totalText(counted, noun, nouns);
    summary.textContent = total ? `${total} · showing ${shown}` : `Showing ${shown}`;
    label.textContent = `Page ${formatNumber(index + 1)}`;
    prev.disabled = index === 0;
    next.disabled = !page.nextCursor;
    controls.hidden = index === 0 && !page.nextCursor && limit === PAGE_SIZES[0];
    controls.setAttribute('data-page', String(index + 1));
    controls.removeAttribute('aria-busy');
    return page;
  }

  // A page the reader asked for: scrolled to, and an API error shown in place of the summary.
  async function go(target) {
    try {
      await show(target);
      summary.classList.remove('error');
      summary.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      controls.removeAttribute('aria-busy');
      summary.classList.add('error');
      summary.textContent = error.message;
    }
  }
  return { summary, controls, ready: show(0) };
}

/** A pagedList over a GET list route with fixed filters. */
export function pagedRoute(container, path, filters, options) {
  return pagedList(container, { ...options, load: (cursor, limit) => api(`${path}${query({ ...filters, cursor, limit })}`) });
}
