import { h } from './dom.js';
import { articlePage } from './pages/article.js';
import { entityPage } from './pages/entity.js';
import { filesPage } from './pages/files.js';
import { entitiesPage } from './pages/lists.js';
import { pipelinePage } from './pages/pipeline.js';
import { quotesPage } from './pages/quotes.js';
import { searchPage } from './pages/search.js';
import { storiesPage } from './pages/stories.js';
import { livePage } from './pages/live.js';

const ROUTES = [
  [/^$/, searchPage],
  [/^article\/([0-9a-f]{32})$/, articlePage],
  [/^entity\/(\d+)$/, entityPage],
  [/^stories$/, storiesPage],
  [/^entities$/, entitiesPage],
  [/^quotes$/, quotesPage],
  [/^files$/, filesPage],
  [/^pipeline$/, pipelinePage],
  [/^live$/, livePage],
];

const view = document.getElementById('view');
let leave = null;
let latest = 0;

/**
 * Hash routes (#/article/<id>?...) so the server only serves static files. Each route renders into a
 * container of its own: a page still awaiting its data when the hash changes again fills a container that
 * is no longer shown, and only the latest route marks the view ready, with the hash it rendered.
 */
async function route() {
  if (leave) leave();
  leave = null;
  const turn = ++latest;
  const hash = location.hash;
  const [path, search] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(search ?? '');
  const root = h('div', { class: 'page' });
  view.replaceChildren(root);
  view.removeAttribute('data-ready');
  view.removeAttribute('data-hash');
  const match = ROUTES.map(([re, page]) => [path.match(re), page]).find(([m]) => m);
  let cleanup = null;
  try {
    if (!match) throw new Error(`No page ${path}`);
    const [m, page] = match;
    cleanup = await page(root, params, ...m.slice(1).map(decodeURIComponent));
  } catch (error) {
    root.append(h('p', { class: 'error', role: 'alert' }, error.message));
  }
  if (turn !== latest) {
    if (typeof cleanup === 'function') cleanup();
    return;
  }
  if (typeof cleanup === 'function') leave = cleanup;
  view.setAttribute('data-ready', path || 'search');
  view.setAttribute('data-hash', hash);
}

window.addEventListener('hashchange', route);
route();
