import { toIsoDate } from './dates';
import { findDateIn, urlDate } from './date-search';
import { chooseTitle } from './html-title';
import { findJsonLdArticle } from './json-ld';

export interface HtmlMetadata {
  title: string | null;
  url: string | null;
  /** ISO 8601 in the page's own offset (see toIsoDate). */
  publishedAt: string | null;
  source: string | null;
  byline: string | null;
}

interface QueryableElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

interface QueryableDocument {
  querySelector(selector: string): QueryableElement | null;
  querySelectorAll(selector: string): ArrayLike<QueryableElement>;
  title?: string;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'DC.date.issued',
  'dc.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'originalpublicationdate',
  'og:article:published_time',
  'dcterms.date',
  'DC.date.created',
  'citation_publication_date',
  'prism.publicationDate',
  'publication_date',
  'date_published',
  'pdate',
  'uploadDate',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'];

/** Elements whose short text is usually the visible date or byline line of an article. */
const VISIBLE_DATE_SELECTOR =
  '[itemprop="datePublished"], [class*="date" i], [class*="time" i], [class*="byline" i], [class*="publish" i], [class*="posted" i], [class*="meta" i], [id*="date" i]';
const MAX_VISIBLE_DATE_ELEMENTS = 40;
const MAX_VISIBLE_DATE_CHARS = 120;

function metaContent(doc: QueryableDocument, key: string): string | null {
  const element = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}"]`);
  const content = element?.getAttribute('content')?.trim();
  return content ? content : null;
}

function firstMeta(doc: QueryableDocument, keys: string[]): string | null {
  for (const key of keys) {
    const value = metaContent(doc, key);
    if (value) return value;
  }
  return null;
}

function absoluteUrl(candidate: string | null, base: string | null): string | null {
  if (!candidate) return null;
  if (URL.canParse(candidate)) return new URL(candidate).href;
  return base && URL.canParse(candidate, base) ? new URL(candidate, base).href : null;
}

function jsonLdBlocks(doc: QueryableDocument): string[] {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
}

function firstDate(values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const iso = value ? toIsoDate(value) : null;
    if (iso) return iso;
  }
  return null;
}

/** <time datetime> marked as the publication date first, then the first one in the page. */
function timeElementDate(doc: QueryableDocument): string | null {
  const marked = doc.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime], [itemprop="datePublished"][datetime]');
  const markedContent = doc.querySelector('[itemprop="datePublished"][content], abbr.published[title]');
  const inArticle = doc.querySelector('article time[datetime], main time[datetime]');
  const first = doc.querySelector('time[datetime]');
  return firstDate([
    marked?.getAttribute('datetime'),
    markedContent?.getAttribute('content') ?? markedContent?.getAttribute('title'),
    inArticle?.getAttribute('datetime'),
    first?.getAttribute('datetime'),
  ]);
}

const ARTICLE_SCOPES = ['article', 'main', '[itemprop="articleBody"]'];

/**
 * The date on a visible date or byline line ("Published 15 November 2021 | 10:04"): inside the
 * article first, since a page header's "today" or a sidebar's story dates come earlier in the page.
 */
function visibleDate(doc: QueryableDocument): string | null {
  const inArticle = ARTICLE_SCOPES.map((scope) => VISIBLE_DATE_SELECTOR.split(', ').map((s) => `${scope} ${s}`).join(', ')).join(', ');
  return datedLine(doc.querySelectorAll(inArticle)) ?? datedLine(doc.querySelectorAll(VISIBLE_DATE_SELECTOR));
}

function datedLine(found: ArrayLike<QueryableElement>): string | null {
  const elements = Array.from(found).slice(0, MAX_VISIBLE_DATE_ELEMENTS);
  for (const element of elements) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '' || text.length > MAX_VISIBLE_DATE_CHARS) continue;
    const found = findDateIn(text);
    if (found) return found;
  }
  return null;
}

const isUrl = (value: string | null): boolean => value !== null && /^https?:\/\//i.test(value);

function textsOf(doc: QueryableDocument, selector: string): string[] {
  return Array.from(doc.querySelectorAll(selector), (e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function hostOf(url: string | null): string | null {
  return url && URL.canParse(url) ? new URL(url).hostname : null;
}

/**
 * Metadata a page declares about itself: Open Graph / article:* / Dublin Core meta tags, the
 * canonical link, schema.org JSON-LD, <h1>, <time> and visible date lines. Read before Readability,
 * which rewrites the document.
 */
export function readHtmlMetadata(doc: QueryableDocument): HtmlMetadata {
  const jsonLd = findJsonLdArticle(jsonLdBlocks(doc));
  const ogUrl = absoluteUrl(metaContent(doc, 'og:url'), null);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ?? null;
  const url = absoluteUrl(canonical, ogUrl) ?? ogUrl ?? absoluteUrl(jsonLd?.url ?? null, null);
  const author = firstMeta(doc, ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author']);
  const siteName = firstMeta(doc, ['og:site_name', 'application-name']) ?? jsonLd?.publisher ?? null;
  const host = hostOf(url);
  const title = chooseTitle({
    documentTitle: doc.title?.trim() || null,
    ogTitle: firstMeta(doc, ['og:title', 'twitter:title']),
    jsonLdHeadline: jsonLd?.headline ?? null,
    headings: [...textsOf(doc, 'article h1, main h1, [itemprop="headline"]'), ...textsOf(doc, 'h1')],
    siteNames: [siteName, jsonLd?.publisher, host].filter((n): n is string => !!n),
  });
  return {
    title,
    url,
    publishedAt:
      firstDate([...PUBLISHED_META.map((key) => metaContent(doc, key)), jsonLd?.datePublished]) ??
      timeElementDate(doc) ??
      (url ? urlDate(url) : null) ??
      visibleDate(doc) ??
      firstDate([jsonLd?.dateOtherwise, ...MODIFIED_META.map((key) => metaContent(doc, key))]),
    source: siteName,
    byline: (isUrl(author) ? null : author) ?? jsonLd?.author ?? null,
  };
}
