import { api } from '../api.js';
import { h } from '../dom.js';
import { formatDate } from '../format.js';

/** A notice on an old or retracted version: which version is current, or when it was retracted. */
export function versionNotice(a) {
  if (a.state === 'superseded') {
    return h('p', { class: 'notice', id: 'superseded' }, `This is version ${a.version}, superseded by a correction. `,
      h('a', { href: `#/article/${a.currentId}` }, 'Current version'));
  }
  if (a.state === 'retracted') return h('p', { class: 'notice', id: 'retracted' }, `Retracted ${formatDate(a.retractedAt)}.`);
  return null;
}

/** Every version of the article at its path, oldest first, with the current one marked. */
export function versionHistory(a) {
  if (a.versions.length < 2) return [];
  return [
    h('h2', {}, `History (${a.versions.length} versions)`),
    h('ol', { id: 'history' }, a.versions.map((v) =>
      h('li', {}, v.id === a.id ? h('strong', {}, `version ${v.version}`) : h('a', { href: `#/article/${v.id}` }, `version ${v.version}`),
        ` · received ${formatDate(v.receivedAt)} · ${v.state}${v.current ? ' · current' : ''} · ${v.fileHash.slice(0, 12)}`),
    )),
  ];
}

/**
 * Retract, offered when the service has an API key configured: the user types the key, which goes only
 * into the request's X-API-Key header and is never kept.
 */
export async function retractControl(a, reload) {
  if (a.state === 'retracted' || a.state === 'superseded') return null;
  const config = await api('/config').catch(() => null);
  if (!config?.apiKeyRequired) return null;
  const key = h('input', { type: 'password', id: 'retract-key', placeholder: 'API key', autocomplete: 'off' });
  const status = h('span', { id: 'retract-status', role: 'status' });
  const retract = async () => {
    status.textContent = 'retracting…';
    try {
      const r = await api(`/articles/${encodeURIComponent(a.id)}`, { method: 'DELETE', headers: { 'X-API-Key': key.value } });
      key.value = '';
      status.textContent = r.promoted ? `retracted; ${r.promoted} is the cluster's original now` : 'retracted';
      reload();
    } catch (error) {
      status.textContent = error.message;
    }
  };
  return h('div', { class: 'retract', id: 'retract' }, h('h2', {}, 'Retract'), key, ' ', h('button', { type: 'button', id: 'retract-button', onclick: retract }, 'Retract article'), ' ', status);
}
