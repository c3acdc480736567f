import { append, h } from './dom.js';

/** Renders pages of a list with a More button that follows nextCursor; returns the first page. */
export async function paged(container, more, load, render) {
  async function next(cursor) {
    const page = await load(cursor);
    append(container, page.items.map(render));
    more.replaceChildren(page.nextCursor ? h('button', { type: 'button', onclick: () => next(page.nextCursor) }, 'More') : '');
    return page;
  }
  return next();
}
