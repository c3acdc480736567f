import { clear, h } from './dom.js';
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

/** Hash routes (#/article/<id>?...) so the server only serves static files. */
async function route() {
  if (leave) leave();
  leave = null;
  const [path, search] = location.hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(search ?? '');
  clear(view);
  view.removeAttribute('data-ready');
  const match = ROUTES.map(([re, page]) => [path.match(re), page]).find(([m]) => m);
  try {
    if (!match) throw new Error(`No page ${path}`);
    const [m, page] = match;
    const cleanup = await page(view, params, ...m.slice(1).map(decodeURIComponent));
    if (typeof cleanup === 'function') leave = cleanup;
  } catch (error) {
    view.append(h('p', { class: 'error', role: 'alert' }, error.message));
  }
  view.setAttribute('data-ready', path || 'search');
}

window.addEventListener('hashchange', route);
route();
