import { h } from './dom.js';

/**
 * The article text cut at every annotation boundary; each piece is wrapped by the annotations covering
 * it: boilerplate greyed, entity mentions linked, quotes shaded with their speaker after the closing piece.
 */
export function annotatedText(text, article) {
  const spans = [
    ...article.boilerplate.map((r) => ({ ...r, kind: 'boilerplate' })),
    ...article.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, kind: 'entity', entity: e }))),
    ...article.quotes.flatMap((q) => quoteParts(text, q).map((p, i, parts) => ({ ...p, kind: 'quote', quote: q, last: i === parts.length - 1 }))),
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
    for (const ended of covering.filter((s) => s.kind === 'quote' && s.last && s.end === to)) pieces.push(speakerTag(ended.quote));
  }
  return pieces;
}

const CLOSING_MARK = /[”"’']/;
const OPENING_MARK = /[“"‘']/;
const SPACE = /\s/;

/**
 * A quote's own words. A statement interrupted by its attribution (“…,” she said. “…” or "The risk, he
 * said, is …") is one quote whose span holds the attribution: that stretch, from the mark (or comma) before
 * the speaker and cue to the mark (or comma) after them, is the writer's and is left unshaded. A mark
 * counts only with a space on its outer side, so the apostrophe of "Fox News' reporters" is not one.
 */
export function quoteParts(text, q) {
  const whole = [{ start: q.start, end: q.end }];
  const inside = [q.speaker, q.cue].filter((s) => s && s.start > q.start && s.end < q.end);
  if (inside.length === 0) return whole;
  const direct = q.kind === 'direct';
  const closesAt = (i) => (direct ? CLOSING_MARK.test(text[i]) && SPACE.test(text[i + 1] ?? ' ') : text[i] === ',');
  const opensAt = (i) => (direct ? OPENING_MARK.test(text[i]) && SPACE.test(text[i - 1] ?? ' ') : text[i] === ',');
  let end = Math.min(...inside.map((s) => s.start)) - 1;
  while (end > q.start && !closesAt(end)) end--;
  while (end > q.start && (direct ? CLOSING_MARK : SPACE).test(text[end - 1])) end--;
  let start = Math.max(...inside.map((s) => s.end));
  while (start < q.end && !opensAt(start)) start++;
  while (start < q.end && (SPACE.test(text[start]) || (direct ? OPENING_MARK : /,/).test(text[start]))) start++;
  return end > q.start && start < q.end ? [{ start: q.start, end }, { start, end: q.end }] : whole;
}

export function speakerTag(quote) {
  const name = quote.speakerCanonical ?? quote.speaker?.text;
  if (!name) return h('span', { class: 'speaker-tag unattributed' }, '— unattributed');
  return quote.speakerEntityId
    ? h('a', { class: 'speaker-tag', href: `#/entity/${quote.speakerEntityId}`, 'data-speaker': quote.speakerEntityId }, `— ${name}`)
    : h('span', { class: 'speaker-tag' }, `— ${name}`);
}
