import { frontMatterDate, frontMatterValue, markdownLineToText, readFrontMatter } from './markdown';
import type { DecodedFile, ParsedArticle, ParseOutcome } from './outcome';
import { plainTextMetadata } from './plain-text-metadata';

/** A .txt file is one article; its text is the decoded file exactly, so offsets point into the file. */
export function parsePlainText(file: DecodedFile): ParseOutcome {
  const meta = plainTextMetadata(file.text);
  const article: ParsedArticle = {
    recordIndex: 0,
    text: file.text,
    body: file.text,
    url: null,
    format: 'txt',
    encoding: file.encoding,
    ...meta,
  };
  return { articles: [article], rejections: [] };
}

/**
 * A .md file is one article. Its text stays the raw Markdown (offsets point into the file); the body
 * leaves out the front matter, whose title/date/source/url/author fields win over what the text shows.
 */
export function parseMarkdown(file: DecodedFile): ParseOutcome {
  const { bodyStart, fields } = readFrontMatter(file.text);
  const body = file.text.slice(bodyStart);
  const meta = plainTextMetadata(body, markdownLineToText);
  const title = frontMatterValue(fields, 'title') ?? meta.title;
  const article: ParsedArticle = {
    recordIndex: 0,
    text: file.text,
    body,
    title,
    url: frontMatterValue(fields, 'url', 'canonical', 'canonical_url', 'link'),
    publishedAt: frontMatterDate(fields) ?? meta.publishedAt,
    source: frontMatterValue(fields, 'source', 'outlet', 'site', 'site_name') ?? meta.source,
    byline: frontMatterValue(fields, 'author', 'byline', 'authors') ?? meta.byline,
    dateline: meta.dateline,
    format: 'md',
    encoding: file.encoding,
  };
  return { articles: [article], rejections: [] };
}
