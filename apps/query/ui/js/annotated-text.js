import { h } from './dom.js';

/**
 * The article text cut at every annotation boundary; each piece is wrapped by the annotations covering
 * it: boilerplate greyed, entity mentions linked, quotes shaded with their speaker after the closing piece.
 */
export function annotatedText(text, article) {
  const spans = [
    ...article.boilerplate.map((r) => ({ ...r, kind: 'boilerplate' })),
    ...article.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, kind: 'entity', entity: e }))),
    ...article.quotes.map((q) => ({ start: q.start, end: q.end, kind: 'quote', quote: q })),
  ].filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    let node = document.createTextNode(text.slice(from, to));
    const entity = covering.find((s) => s.kind === 'entity');
    if (entity) node = h('a', { class: 'entity', href: `#/entity/${entity.entity.entityId}`, title: `${entity.entity.canonical} (${entity.entity.type})` }, node);
    const quote = covering.find((s) => s.kind === 'quote');
    if (quote) node = h('span', { class: 'quote', 'data-quote': quote.quote.ordinal }, node);
    if (covering.some((s) => s.kind === 'boilerplate')) node = h('span', { class: 'boilerplate' }, node);
    pieces.push(node);
    for (const ended of covering.filter((s) => s.kind === 'quote' && s.end === to)) pieces.push(speakerTag(ended.quote));
  }
  return pieces;
}

export function speakerTag(quote) {
  const name = quote.speakerCanonical ?? quote.speaker?.text;
  if (!name) return h('span', { class: 'speaker-tag unattributed' }, '— unattributed');
  return quote.speakerEntityId
    ? h('a', { class: 'speaker-tag', href: `#/entity/${quote.speakerEntityId}`, 'data-speaker': quote.speakerEntityId }, `— ${name}`)
    : h('span', { class: 'speaker-tag' }, `— ${name}`);
}
