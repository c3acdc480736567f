import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toIsoDate } from './dates';
import { domToText, elementDepth, NON_ARTICLE_TAGS } from './html-to-text';
import { readHtmlMetadata } from './html-metadata';
import { estimateNestingDepth } from './html-nesting';
import { textDateline } from './plain-text-metadata';
import { articleText, fileRejection, type DecodedFile, type ParseOutcome } from './outcome';

type LinkedomDocument = ReturnType<typeof parseHTML>['document'];

/** linkedom leaves documentElement null for a fragment without <html>; wrapping gives it a body. */
function parseDocument(html: string): LinkedomDocument {
  const hasRoot = /<html[\s>]/i.test(html);
  return parseHTML(hasRoot ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

const BYLINE_PREFIX = /^\s*(?:by|posted by|written by)\s+/i;

function cleanByline(byline: string | null | undefined): string | null {
  const cleaned = byline?.replace(BYLINE_PREFIX, '').replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : null;
}

/** "Headline | Site" → "Headline" when the suffix is the page's own site name. */
function stripSiteName(title: string | null, siteName: string | null): string | null {
  if (!title) return null;
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (!siteName) return trimmed || null;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ']) {
    const suffix = `${separator}${siteName}`;
    if (trimmed.endsWith(suffix) && trimmed.length > suffix.length) return trimmed.slice(0, -suffix.length).trim();
  }
  return trimmed || null;
}

interface ReadableArticle {
  title: string | null;
  body: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/**
 * Readability's time grows steeply with nesting (measured: 100 nested divs take ~0.2 s, 1,000 take
 * 14 s) and with element count, so hostile pages beyond these limits are read without it.
 */
const MAX_DEPTH_FOR_READABILITY = 100;
const MAX_ELEMENTS_FOR_READABILITY = 30_000;
/** Real pages nest a few dozen levels; beyond this only hostile input, which would stall the parser. */
const MAX_HTML_NESTING = 5_000;

function bodyText(document: LinkedomDocument): string {
  return document.body ? domToText(document.body as never, NON_ARTICLE_TAGS) : '';
}

function readabilityArticle(document: LinkedomDocument): ReturnType<Readability['parse']> {
  if (elementDepth(document.documentElement as never) > MAX_DEPTH_FOR_READABILITY) return null;
  try {
    return new Readability(document as never, { maxElemsToParse: MAX_ELEMENTS_FOR_READABILITY }).parse();
  } catch {
    // Readability throws when the element limit is exceeded: read the body without it.
    return null;
  }
}

/**
 * Menus go everywhere; headers, footers and asides only outside <article>/<main>, where they may hold
 * the headline or byline. Readability falls back to such chrome on pages with no text of their own.
 */
interface ChromeElement {
  tagName: string;
  parentElement: { closest(selector: string): unknown } | null;
  remove(): void;
}

function removePageChrome(document: LinkedomDocument): void {
  const chrome = document.querySelectorAll('nav, header, footer, aside, menu') as unknown as ArrayLike<ChromeElement>;
  for (const element of Array.from(chrome)) {
    if (element.tagName === 'NAV' || element.tagName === 'MENU' || !element.parentElement?.closest('article, main')) element.remove();
  }
}

/** Readability's main text; the body minus scripts and page chrome when Readability gives up. */
function readArticle(document: LinkedomDocument): ReadableArticle {
  removePageChrome(document);
  const article = readabilityArticle(document);
  if (!article?.content) {
    return { title: null, body: bodyText(document), byline: null, siteName: null, publishedTime: null };
  }
  const content = parseDocument(article.content);
  return {
    title: article.title ?? null,
    body: domToText(content.body as never),
    byline: article.byline ?? null,
    siteName: article.siteName ?? null,
    publishedTime: article.publishedTime ?? null,
  };
}

/**
 * An .html/.htm file is one article: the main text by Readability on a linkedom DOM, metadata from
 * meta tags, the canonical link and JSON-LD. A page with no readable text is rejected.
 */
export function parseHtml(file: DecodedFile): ParseOutcome {
  const nesting = estimateNestingDepth(file.text);
  if (nesting > MAX_HTML_NESTING) {
    return fileRejection('too-complex', `HTML nests elements ${nesting} deep, over the ${MAX_HTML_NESTING} limit`);
  }
  let document: LinkedomDocument;
  try {
    document = parseDocument(file.text);
  } catch (error) {
    return fileRejection('no-article-text', `HTML could not be parsed: ${(error as Error).message}`);
  }
  const meta = readHtmlMetadata(document as never);
  // Readability rewrites the DOM it reads, so the metadata above was taken first.
  const readable = readArticle(document);
  if (readable.body === '') {
    return fileRejection('no-article-text', 'HTML has no article text (only scripts, styles or page chrome)');
  }
  const source = meta.source ?? readable.siteName;
  const dateline = textDateline(readable.body);
  const title = stripSiteName(readable.title ?? meta.title, source) ?? stripSiteName(meta.title, source);
  return {
    articles: [
      {
        recordIndex: 0,
        text: articleText(title, readable.body),
        title,
        body: readable.body,
        url: meta.url,
        publishedAt:
          meta.publishedAt ?? (readable.publishedTime ? toIsoDate(readable.publishedTime) : null) ?? dateline?.publishedAt ?? null,
        source,
        byline: cleanByline(meta.byline ?? readable.byline),
        dateline: dateline?.place ?? null,
        format: 'html',
        encoding: file.encoding,
      },
    ],
    rejections: [],
  };
}
