import { h } from './dom.js';
import { articleDate, articleLabel, bareQuote, isQuotedKind, plural } from './format.js';

const KIND_HELP = {
  direct: 'Direct quote: the speaker’s own words',
  partial: 'Partial quote: a quoted fragment in the writer’s sentence',
  indirect: 'Indirect (reported) speech: the writer’s words, not the speaker’s',
};

export function kindBadge(kind) {
  return kind ? h('span', { class: `badge kind-${kind}`, 'data-kind': kind, title: KIND_HELP[kind] ?? kind }, kind) : null;
}

/** A quote's words: in quotation marks (never doubled) for direct and partial quotes, plain for reported speech. */
export function quoteWords(text, kind) {
  const words = bareQuote(text);
  return isQuotedKind(kind)
    ? h('q', { class: 'quote-text', 'data-kind': kind }, `“${words}”`)
    : h('span', { class: 'quote-text', 'data-kind': kind ?? 'unknown' }, words);
}

function speakerLink(entityId, name) {
  if (!name) return h('span', { class: 'unattributed' }, ' — unattributed');
  return [' — ', entityId ? h('a', { href: `#/entity/${entityId}`, class: 'speaker' }, name) : h('span', { class: 'speaker' }, name)];
}

/** Where a quote was reported: a link to the article (outlet, or its readable label) and the date. */
function articleRef(ref) {
  return [h('a', { href: `#/article/${ref.articleId}` }, ref.source ?? articleLabel(ref)), ` (${articleDate(ref)})`];
}

/** One stored quote with its kind, speaker and article (GET /quotes). */
export function quoteItem(q) {
  return h(
    'li',
    { class: 'quote-item', 'data-kind': q.kind },
    kindBadge(q.kind),
    quoteWords(q.text, q.kind),
    speakerLink(q.speakerEntityId, q.speakerCanonical ?? q.speakerText),
    h('div', { class: 'meta' }, articleRef(q.article), q.article.title && q.article.source ? ` · ${q.article.title}` : ''),
  );
}

/** One statement with every article that carries it (GET /quotes?group=true, a speaker's quotes). */
export function quoteGroupItem(g) {
  const kind = g.kind ?? g.sources?.[0]?.kind;
  return h(
    'li',
    { class: 'quote-group', 'data-kind': kind ?? 'unknown' },
    kindBadge(kind),
    quoteWords(g.text, kind),
    g.speakerCanonical ? speakerLink(g.speakerEntityId, g.speakerCanonical) : '',
    h('div', { class: 'meta' }, `${plural(g.sources.length, 'source')}: `, g.sources.map((s, i) => [i ? ', ' : '', articleRef(s)])),
  );
}
