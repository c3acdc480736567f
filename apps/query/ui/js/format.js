// Text the UI shows for numbers, dates, articles and snippets. Pure functions: no DOM, no fetch.

const numbers = new Intl.NumberFormat();
const pluralRules = new Intl.PluralRules();

/** 12345 -> "12,345" in the reader's locale. */
export const formatNumber = (n) => numbers.format(n);

/** plural(1, 'mention') -> "1 mention"; plural(2, 'story', 'stories') -> "2 stories". */
export function plural(n, one, other = `${one}s`) {
  return `${formatNumber(n)} ${pluralRules.select(n) === 'one' ? one : other}`;
}

/** A list total: "1,234 quotes", or "10,000+ quotes" when the API stopped counting. */
export function totalText(page, one, other) {
  if (typeof page.total !== 'number') return null;
  return page.totalCapped ? `${formatNumber(page.total)}+ ${other ?? `${one}s`}` : plural(page.total, one, other);
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const zoneName = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' });
const dayOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** An instant in the reader's time zone, with the zone named: "1 Mar 2024, 11:00 CET". */
export function formatDate(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const zone = zoneName.formatToParts(d).find((p) => p.type === 'timeZoneName')?.value;
  return zone ? `${dateTime.format(d)} ${zone}` : dateTime.format(d);
}

/** A calendar day as written (YYYY-MM-DD…), not moved into another zone: "1 Mar 2024". */
export function formatDay(iso) {
  if (!iso) return '—';
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : dayOnly.format(d);
}

/** An article's date: its publication date, or for an undated article when it was received, labelled so. */
export function articleDate(a) {
  return a.dateKind === 'received' ? `received ${formatDate(a.date)}` : formatDate(a.date);
}

/** The first words of a text (of its first line, when that is a heading or a sentence), cut at a word boundary. */
export function firstWords(text, max = 60) {
  const [firstLine] = (text ?? '').trim().split('\n');
  const clean = plainText(plainText(firstLine).text.length >= 12 ? firstLine : text ?? '').text;
  return clean ? cutAtWord(clean, max).text : '';
}

/** What to call an article: its title; untitled, its outlet and day, or its first words; never its id. */
export function articleLabel(a) {
  const title = a.title?.trim();
  if (title) return title;
  if (a.source) return `${a.source}, ${formatDay(a.date)}`;
  // A search snippet is a passage from anywhere in the body: only a lead (no highlights) is the article's first words.
  const lead = a.lead ?? a.body ?? (a.snippet?.highlights?.length ? null : a.snippet?.text);
  const words = firstWords(lead);
  return words ? `“${words}”` : `Untitled article, ${formatDay(a.date)}`;
}

function cutAtWord(text, max) {
  if (text.length <= max) return { text, cut: false };
  const space = text.lastIndexOf(' ', max);
  const end = space > max / 2 ? space : max;
  return { text: `${text.slice(0, end).replace(/[\s,;:.-]+$/, '')}…`, cut: true };
}

// Markdown markers that leak into bodies read from .md files: headings, block quotes, bullets,
// emphasis and code marks, and link syntax (its words are kept).
const MARKDOWN = [
  /(^|\n|\s)(#{1,6})(?=\s)/g,
  /(^|\n)([ \t]*>+)/g,
  /(\s)(>+)(?=\s)/g,
  /(^|\n)([ \t]*[*+-])(?=[ \t])/g,
  /()(\*+|_{2,}|`+)/g,
  /()(!?\[)(?=[^\]\n]*\]\()/g,
  /()(\]\([^)\s]*\))/g,
];

/**
 * Text with markdown markers removed and whitespace collapsed; highlight ranges follow the text.
 * Returns { text, highlights }.
 */
export function plainText(text, highlights = []) {
  const drop = new Uint8Array(text.length);
  for (const re of MARKDOWN) {
    for (const m of text.matchAll(re)) {
      const from = m.index + m[1].length;
      drop.fill(1, from, from + m[2].length);
    }
  }
  let out = '';
  const at = new Int32Array(text.length + 1);
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    at[i] = out.length + (pendingSpace && out ? 1 : 0);
    if (drop[i]) continue;
    if (/\s/.test(text[i])) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out) out += ' ';
    pendingSpace = false;
    at[i] = out.length;
    out += text[i];
  }
  at[text.length] = out.length;
  const mapped = highlights
    .map(({ start, end }) => ({ start: Math.min(at[start], out.length), end: Math.min(at[end], out.length) }))
    .filter((r) => r.end > r.start);
  return { text: out, highlights: mapped };
}

/**
 * A snippet as shown: markdown removed, at most `max` characters cut at a word boundary, and an
 * ellipsis wherever the text goes on. A snippet that stops without closing punctuation goes on: a
 * search passage ends where its words ran out; a lead (no highlights) was cut by length, maybe mid-word,
 * so its last word is dropped.
 */
export function displaySnippet(snippet, max = 240) {
  const clean = plainText(snippet.text, snippet.highlights ?? []);
  let { text, cut } = cutAtWord(clean.text, max);
  if (!cut && !ENDS_SENTENCE.test(text)) {
    if (clean.highlights.length === 0) text = text.replace(/\s*\S+$/, '').replace(/[\s,;:.-]+$/, '');
    text += '…';
    cut = true;
  }
  const limit = cut ? text.length - 1 : text.length;
  const highlights = clean.highlights.filter((r) => r.start < limit).map((r) => ({ start: r.start, end: Math.min(r.end, limit) }));
  return { text, highlights };
}

const ENDS_SENTENCE = /[.!?…"”’)]$/;

const OPENING_MARKS = '"“”„‟«»‹›‘‚「『';
const CLOSING_MARKS = '"”“»«›‹’」』';
const LEADING = new RegExp(`^[\\s${OPENING_MARKS}]+`);
const TRAILING = new RegExp(`[\\s${CLOSING_MARKS}.,;:!?…]+$`);

/** A quote's words without the quotation marks it may already carry, so the UI's own marks are never doubled. */
export function bareQuote(text) {
  // Closing marks mixed with closing punctuation (”…”) go; the punctuation stays.
  return text.trim().replace(LEADING, '').replace(TRAILING, (tail) => tail.replace(/[^.,;:!?…]/g, ''));
}

/** Direct and partial quotes are the speaker's own words and get quotation marks; indirect ones do not. */
export const QUOTE_KINDS = ['direct', 'partial', 'indirect'];
export const isQuotedKind = (kind) => kind === 'direct' || kind === 'partial';

/** The name key entity linking compares (accents, case and punctuation ignored). */
export function nameKey(name) {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const SAME_NAME = /^"(.+)" and "(.+)" are the same name(.*)$/s;

/**
 * Why an alias belongs to an entity, readable: null for the entity's own name (nothing to explain);
 * a same-name match says which known name it matched instead of repeating one name twice.
 */
export function aliasReasonText(alias, canonical, reason) {
  if (nameKey(alias) === nameKey(canonical)) return null;
  const same = SAME_NAME.exec(reason ?? '');
  if (same) {
    const [, a, b, rest] = same;
    if (nameKey(a) !== nameKey(b)) return `“${a}” is written like “${b}”, a name of this entity${rest}`;
    return nameKey(a) === nameKey(alias)
      ? `matched a name this entity already had${rest}`
      : `named alongside “${a}”, a name this entity already had${rest}`;
  }
  return reason || null;
}

/** A duration for people: "45 s", "3 min 5 s", "2 h 10 min". */
export function formatDuration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
}
