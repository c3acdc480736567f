// Every node is built with createElement/textContent: text from articles can never become markup.

/** h('a', { href: '#/x', class: 'entity' }, 'text', childNode) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Text with highlighted ranges ({ text, highlights: [{start, end}] }) as text nodes and <mark>s. */
export function highlighted({ text, highlights }) {
  const out = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start > at) out.push(text.slice(at, start));
    out.push(h('mark', {}, text.slice(start, end)));
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

/** The date and time as written, in the offset the API gives it: a page's own local time for publication dates. */
export const formatDate = (iso) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');
/** An article's date, saying "received" for an undated article rather than passing its arrival off as its publication. */
export const formatArticleDate = (a) => (a.dateKind === 'received' ? `received ${formatDate(a.date)} (undated)` : formatDate(a.date));
export const encode = encodeURIComponent;
