/** What a page offers as its title, read before Readability rewrites the document. */
export interface TitleCandidates {
  documentTitle: string | null;
  ogTitle: string | null;
  jsonLdHeadline: string | null;
  /** <h1> texts, those inside <article>/<main> first. */
  headings: string[];
  /** og:site_name, application-name, the JSON-LD publisher and the host name. */
  siteNames: string[];
}

/** " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ": what sites put between headline, section and site. */
const SEPARATOR = /\s+(?:[|\-–—·•»\/]|::)\s+/;
/** A section or site label is short; a headline segment is longer. */
const MAX_LABEL_WORDS = 4;
const MIN_HEADING_WORDS = 3;

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The comparable core of a title: lower case, letters and digits only. */
export function titleKey(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** "www.goal.com" → "goalcom" and "goal": the forms a host name takes inside a title. */
function siteKeys(siteNames: string[]): Set<string> {
  const keys = new Set<string>();
  for (const name of siteNames) {
    const key = titleKey(name);
    if (key) keys.add(key);
    const host = /^(?:www\.)?([a-z0-9-]+)\.[a-z.]{2,}$/i.exec(name.trim());
    if (host) keys.add(titleKey(host[1]));
  }
  return keys;
}

function isSiteSegment(segment: string, keys: Set<string>): boolean {
  const key = titleKey(segment);
  if (!key) return true;
  if (keys.has(key)) return true;
  const host = /^(?:www\.)?([a-z0-9-]+)\.[a-z]{2,}(?:\.[a-z]{2})?$/i.exec(segment.trim());
  return host !== null && keys.has(titleKey(host[1]));
}

/**
 * A title without the site's name and section labels around it: "Headline - Soccer - Sport - Site"
 * and "Site - Chelsea - Headline" both give "Headline". Segments naming the site go from either end;
 * after a leading site name the short labels before the headline go too. Short labels after a
 * longer headline go whether or not they name the site ("Headline | Section | Site"). A short
 * segment before the headline without a site name stays: "Brexit - what happens next".
 */
export function stripSiteSegments(title: string, siteNames: string[]): string {
  const text = clean(title);
  const parts = text.split(new RegExp(`(${SEPARATOR.source})`));
  // parts alternates segment, separator, segment...: work on segment indices, slice parts at the end.
  let first = 0;
  let last = (parts.length - 1) / 2;
  if (last === 0) return text;
  const keys = siteKeys(siteNames);
  const segment = (i: number): string => parts[2 * i];
  let siteAtStart = false;
  while (last > first && isSiteSegment(segment(last), keys)) last--;
  while (first < last && isSiteSegment(segment(first), keys)) {
    first++;
    siteAtStart = true;
  }
  let longest = first;
  for (let i = first; i <= last; i++) if (words(segment(i)) > words(segment(longest))) longest = i;
  const isLabel = (i: number): boolean => words(segment(i)) <= MAX_LABEL_WORDS && words(segment(i)) < words(segment(longest));
  while (last > longest && isLabel(last)) last--;
  while (siteAtStart && first < longest && isLabel(first)) first++;
  return parts.slice(2 * first, 2 * last + 1).join('');
}

/** True when a's words mostly appear in b (a heading that is the headline shortened or styled). */
function agrees(heading: string, meta: string): boolean {
  const kh = titleKey(heading);
  const km = titleKey(meta);
  if (!kh || !km) return false;
  return kh === km || (words(heading) >= MIN_HEADING_WORDS && km.includes(kh)) || (words(meta) >= MIN_HEADING_WORDS && kh.includes(km));
}

/**
 * The headline among <title>, og:title, JSON-LD headline and <h1>: a heading that agrees with the
 * metadata wins (it is what the reader sees, without the site's labels); else the metadata title
 * without the site's name and sections, JSON-LD and og:title before <title>.
 */
export function chooseTitle(candidates: TitleCandidates): string | null {
  const meta = [candidates.jsonLdHeadline, candidates.ogTitle, candidates.documentTitle].map(clean).filter(Boolean);
  const keys = siteKeys(candidates.siteNames);
  const headings = candidates.headings.map(clean).filter((h) => h && !isSiteSegment(h, keys));
  for (const heading of headings) {
    if (meta.some((m) => agrees(heading, m))) return heading;
  }
  const stripped = meta.map((m) => stripSiteSegments(m, candidates.siteNames)).filter((m) => !isSiteSegment(m, keys));
  if (stripped.length > 0) {
    // A metadata title shared by another source is the page's headline; the first one otherwise.
    return stripped.find((m, i) => stripped.some((other, j) => j !== i && titleKey(other) === titleKey(m))) ?? stripped[0];
  }
  return headings.find((h) => words(h) >= MIN_HEADING_WORDS) ?? meta[0] ?? null;
}
