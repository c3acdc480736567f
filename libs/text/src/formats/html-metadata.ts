import { toIsoDate } from './dates';
import { findJsonLdArticle } from './json-ld';

export interface HtmlMetadata {
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  source: string | null;
  byline: string | null;
}

interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  title?: string;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'DC.date.issued',
  'dc.date',
  'parsely-pub-date',
  'sailthru.date',
];

function metaContent(doc: QueryableDocument, key: string): string | null {
  const element = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
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

const isUrl = (value: string | null): boolean => value !== null && /^https?:\/\//i.test(value);

/**
 * Metadata a page declares about itself: Open Graph / article:* / Dublin Core meta tags, the
 * canonical link and schema.org JSON-LD. Read before Readability, which rewrites the document.
 */
export function readHtmlMetadata(doc: QueryableDocument): HtmlMetadata {
  const jsonLd = findJsonLdArticle(jsonLdBlocks(doc));
  const ogUrl = absoluteUrl(metaContent(doc, 'og:url'), null);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ?? null;
  const author = firstMeta(doc, ['author', 'article:author', 'byl', 'dc.creator']);
  const timeElement = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  return {
    title: jsonLd?.headline ?? firstMeta(doc, ['og:title', 'twitter:title']) ?? (doc.title?.trim() || null),
    url: absoluteUrl(canonical, ogUrl) ?? ogUrl ?? absoluteUrl(jsonLd?.url ?? null, null),
    publishedAt: firstDate([...PUBLISHED_META.map((key) => metaContent(doc, key)), jsonLd?.datePublished, timeElement]),
    source: firstMeta(doc, ['og:site_name', 'application-name']) ?? jsonLd?.publisher ?? null,
    byline: (isUrl(author) ? null : author) ?? jsonLd?.author ?? null,
  };
}
