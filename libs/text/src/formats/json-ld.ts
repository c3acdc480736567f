/** The fields of a schema.org NewsArticle/Article that newsflow keeps. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  /** dateCreated, then dateModified: a last resort when the page gives no publication date. */
  dateOtherwise: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report/;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const asString = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  return isObject(value) ? asString(value.name) : asString(value);
}

function typeMatches(node: JsonObject): boolean {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

/** Article nodes at the top level, in arrays, or in an @graph (one level: that is where sites put them). */
function candidates(value: unknown): JsonObject[] {
  const top = Array.isArray(value) ? value : [value];
  return top.flatMap((node) => (isObject(node) && Array.isArray(node['@graph']) ? node['@graph'] : [node])).filter(isObject);
}

/** The first article described by the page's JSON-LD blocks, or null. Broken blocks are skipped. */
export function findJsonLdArticle(blocks: string[]): JsonLdArticle | null {
  for (const block of blocks) {
    let value: unknown;
    try {
      value = JSON.parse(block);
    } catch {
      continue;
    }
    const article = candidates(value).find(typeMatches);
    if (!article) continue;
    const mainEntity = article.mainEntityOfPage;
    return {
      headline: asString(article.headline),
      datePublished: asString(article.datePublished),
      dateOtherwise: asString(article.dateCreated) ?? asString(article.dateModified),
      author: nameOf(article.author),
      publisher: nameOf(article.publisher),
      url: asString(article.url) ?? (isObject(mainEntity) ? asString(mainEntity['@id']) : asString(mainEntity)),
    };
  }
  return null;
}
