import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { findDateIn } from './date-search';
import { toIsoDate } from './dates';
import { domToText, elementDepth, NON_ARTICLE_TAGS } from './html-to-text';
import { readHtmlMetadata } from './html-metadata';
import { estimateNestingDepth } from './html-nesting';
import { stripSiteSegments, titleKey } from './html-title';
import { textDateline } from './plain-text-metadata';
import { articleText, fileRejection, type DecodedFile, type ParseOutcome } from './outcome';

type LinkedomDocument = ReturnType<typeof parseHTML>['document'];

interface MovableNode {
  nodeName: string;
  nodeType: number;
}

/** Elements that only say something about the document, and belong in <head> wherever they were written. */
const HEAD_ONLY = new Set(['TITLE', 'META', 'LINK', 'BASE']);

interface ParentNode {
  childNodes: ArrayLike<MovableNode>;
  appendChild(node: MovableNode): void;
}

/**
 * The <body> start tag is optional in HTML, but linkedom then leaves an empty <body> and hangs the
 * page's content beside it under <html>; a fragment wrapped in <body> may open with its own <title>.
 * Those nodes are moved where a browser puts them.
 */
function adoptContentOutsideBody(document: LinkedomDocument): void {
  const root = document.documentElement as unknown as ParentNode | null;
  const head = document.head as unknown as ParentNode | null;
  const body = document.body as unknown as ParentNode | null;
  if (!root || !head || !body) return;
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeName !== 'HEAD' && node.nodeName !== 'BODY') (HEAD_ONLY.has(node.nodeName) ? head : body).appendChild(node);
  }
  for (const node of Array.from(body.childNodes)) if (HEAD_ONLY.has(node.nodeName)) head.appendChild(node);
}

/** Where the document proper starts: its doctype, <html>, <head> or <body> tag. */
const DOCUMENT_START = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;
const BLOCK_TAG = /<(?:p|div|article|section|main|h[1-6]|table|ul|ol)[\s>]/i;
/** The page opens with its root element (after a doctype and comments), as a parser needs to find it. */
const ROOT_FIRST = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<html[\s>]/i;
const HAS_HEAD_OR_BODY = /<(?:head|body)[\s>]/i;

/**
 * The markup as linkedom needs it. Output before the document (a PHP warning, a stray <style>) is
 * dropped when it holds no paragraphs: linkedom would otherwise make it the root and leave the page
 * outside. A page without a leading <html> gets one; a fragment without <head> or <body> gets a body.
 */
function normaliseMarkup(html: string): string {
  const start = html.search(DOCUMENT_START);
  const page = start > 0 && !BLOCK_TAG.test(html.slice(0, start)) ? html.slice(start) : html;
  if (ROOT_FIRST.test(page)) return page;
  const withoutDoctype = page.replace(/^\s*<!doctype[^>]*>/i, '');
  if (HAS_HEAD_OR_BODY.test(withoutDoctype)) return `<!DOCTYPE html><html>${withoutDoctype}</html>`;
  return `<!DOCTYPE html><html><head></head><body>${withoutDoctype}</body></html>`;
}

function parseDocument(html: string): LinkedomDocument {
  const document = parseHTML(normaliseMarkup(html)).document;
  adoptContentOutsideBody(document);
  return document;
}

const BYLINE_PREFIX = /^\s*(?:by|posted by|written by)\s+/i;

function cleanByline(byline: string | null | undefined): string | null {
  const cleaned = byline?.replace(BYLINE_PREFIX, '').replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : null;
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

type ReadabilityResult = ReturnType<Readability<unknown>['parse']>;

function readabilityArticle(document: LinkedomDocument): ReadabilityResult {
  if (elementDepth(document.documentElement as never) > MAX_DEPTH_FOR_READABILITY) return null;
  try {
    // The article element itself, not its HTML: parsing that again as a document would turn a stray
    // <html> tag inside the article into the root and leave the body empty.
    return new Readability(document as never, { maxElemsToParse: MAX_ELEMENTS_FOR_READABILITY, serializer: (element) => element }).parse();
  } catch {
    // Readability throws when the element limit is exceeded: read the body without it.
    return null;
  }
}

/**
 * Menus go everywhere; headers, footers and asides only outside <article>/<main>, where they may hold
 * the headline or byline. Readability falls back to such chrome on pages with no text of their own.
 * An element that holds the article (an unclosed <header> can swallow the whole page) stays.
 */
interface ChromeElement {
  tagName: string;
  textContent: string | null;
  parentElement: { closest(selector: string): unknown } | null;
  querySelector(selector: string): unknown;
  remove(): void;
}

/** A chrome element holding more than this share of the page's text, and an article's length, is the page. */
const MAX_CHROME_SHARE = 0.5;
const ARTICLE_MIN_CHARS = 500;

function holdsThePage(element: ChromeElement, pageChars: number): boolean {
  if (element.querySelector('article, main')) return true;
  const chars = element.textContent?.length ?? 0;
  return chars > ARTICLE_MIN_CHARS && chars > MAX_CHROME_SHARE * pageChars;
}

function removePageChrome(document: LinkedomDocument): void {
  const chrome = document.querySelectorAll('nav, header, footer, aside, menu') as unknown as ArrayLike<ChromeElement>;
  const pageChars = document.body?.textContent?.length ?? 0;
  for (const element of Array.from(chrome)) {
    if (holdsThePage(element, pageChars)) continue;
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
  return {
    title: article.title ?? null,
    body: domToText(article.content as never),
    byline: article.byline ?? null,
    siteName: article.siteName ?? null,
    publishedTime: article.publishedTime ?? null,
  };
}

/** The body's first line when it repeats the headline, which the article's text already opens with. */
function withoutHeadline(body: string, title: string | null): string {
  if (!title) return body;
  const newline = body.indexOf('\n');
  const firstLine = newline === -1 ? body : body.slice(0, newline);
  if (titleKey(firstLine) !== titleKey(title)) return body;
  const rest = body.slice(firstLine.length).trimStart();
  return rest === '' ? body : rest;
}

const BYLINE_ZONE_LINES = 6;
const MAX_BYLINE_LINE_CHARS = 120;

/** A date on one of the short lines at the top of the body ("By Jane Doe | 15 November 2021"). */
function dateOnBylineLines(body: string): string | null {
  const lines = body.split('\n', BYLINE_ZONE_LINES * 2).filter((l) => l.trim() !== '').slice(0, BYLINE_ZONE_LINES);
  for (const line of lines) {
    if (line.length > MAX_BYLINE_LINE_CHARS) continue;
    const found = findDateIn(line);
    if (found) return found;
  }
  return null;
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
  const title = meta.title ?? (readable.title ? stripSiteSegments(readable.title, source ? [source] : []) || null : null);
  const body = withoutHeadline(readable.body, title);
  const dateline = textDateline(body);
  return {
    articles: [
      {
        recordIndex: 0,
        text: articleText(title, body),
        title,
        body,
        url: meta.url,
        publishedAt:
          meta.publishedAt ??
          (readable.publishedTime ? toIsoDate(readable.publishedTime) : null) ??
          dateline?.publishedAt ??
          dateOnBylineLines(body),
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
