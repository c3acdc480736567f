import { api } from './api.js';
import { append, h } from './dom.js';

/** The watches that follow an entity, as speaker or as entity. */
export function watchesFollowing(watches, entityId) {
  return watches.filter((w) => [w.speaker, w.entity].some((side) => side?.entities.some((e) => e.id === entityId)));
}

/** A "followed" badge for an entity page: empty and hidden unless a watch follows the entity. */
export function followedBadge(entityId) {
  const badge = h('p', { class: 'followed-badge', id: 'followed-badge', hidden: true });
  api('/watches')
    .then(({ items }) => {
      const following = watchesFollowing(items, entityId);
      if (following.length === 0) return;
      append(badge, [h('a', { href: '#/live', title: 'Open the live feed' }, '● Followed'), ' by ', following.map((w, i) => [i ? ', ' : '', h('a', { href: `#/live?watch=${w.id}` }, w.name)])]);
      badge.hidden = false;
    })
    // The page is whole without the badge; its absence is the answer when watches cannot be read.
    .catch(() => undefined);
  return badge;
}
