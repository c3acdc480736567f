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

export const encode = encodeURIComponent;

/**
 * Text in which "article <32 hex>" references become links, labelled with a known title when there is
 * one (labels: id -> text), never with the bare id.
 */
export function withArticleLinks(text, labels = new Map()) {
  const out = [];
  let at = 0;
  for (const m of text.matchAll(/\barticle ([0-9a-f]{32})\b/g)) {
    const link = (label) => h('a', { href: `#/article/${m[1]}`, class: 'article-ref' }, label);
    out.push(text.slice(at, m.index), labels.has(m[1]) ? ['article “', link(labels.get(m[1])), '”'] : link('article'));
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return out;
}

/** A table that scrolls sideways inside its own box rather than widening the page. */
export function scrollBox(table) {
  return h('div', { class: 'table-scroll' }, table);
}

/** A table of text or nodes, in its own scroll box. */
export function table(headers, rows, attrs = {}) {
  return scrollBox(h('table', attrs, h('thead', {}, h('tr', {}, headers.map((t) => h('th', {}, t)))), h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c)))))));
}
