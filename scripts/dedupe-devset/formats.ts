import { Paragraphs } from './edits';
import { outletName } from './furniture';
import { Rng } from './rng';

/** The inbox formats a scraper writes, at the rates the set uses: mostly text, the rest markup and records. */
const FORMATS: ReadonlyArray<[ext: string, share: number]> = [['txt', 0.55], ['md', 0.1], ['json', 0.15], ['html', 0.2]];

export function pickFormat(rng: Rng): string {
  let r = rng.next();
  return FORMATS.find(([, share]) => (r -= share) < 0)?.[0] ?? 'txt';
}

const ENTITIES: Record<string, string> = { '“': '&ldquo;', '”': '&rdquo;', '‘': '&lsquo;', '’': '&rsquo;', '—': '&mdash;', '–': '&ndash;', '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function escapeHtml(s: string, named: boolean): string {
  return s.replace(/[“”‘’—–&<>]/g, (c) => (named || '&<>'.includes(c) ? ENTITIES[c] : c));
}

/** Python's json.dumps default: every non-ASCII character as a \u escape. */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * An article as a file of the given format; the first paragraph is its headline ('' when the copy has
 * none). Text files hold the paragraphs as they are; Markdown puts the headline in front matter or a
 * heading; JSON in a `title` field beside the body; HTML in <title> and <h1>, around the page's chrome,
 * with entities for typography on some pages.
 */
export function render(p: Paragraphs, ext: string, rng: Rng, separator: string): string {
  const [title, ...body] = p;
  if (ext === 'md') {
    const head = !title ? '' : rng.chance(0.5) ? `---\ntitle: "${title.replace(/"/g, '\\"')}"\n---\n\n` : `# ${title}\n\n`;
    return `${head}${body.join('\n\n')}\n`;
  }
  if (ext === 'json') {
    const record = { ...(title ? { title } : {}), body: body.join(rng.chance(0.7) ? '\n\n' : '\n'), source: outletName(rng) };
    return `${rng.chance(0.5) ? asciiJson(record) : JSON.stringify(record, null, 1)}\n`;
  }
  if (ext === 'html') {
    const named = rng.chance(0.5);
    const outlet = outletName(rng);
    const paras = body.map((s) => `<p>${escapeHtml(s, named)}</p>`).join('\n');
    const head = title ? `<title>${escapeHtml(title, named)} | ${outlet}</title>` : `<title>${outlet}</title>`;
    const h1 = title ? `<h1>${escapeHtml(title, named)}</h1>\n` : '';
    return `<!doctype html>\n<html><head><meta charset="utf-8">${head}<meta property="og:site_name" content="${outlet}"></head>\n<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>\n<main><article>${h1}${paras}\n</article></main>\n<footer><p>Contact us</p><p>Privacy policy</p></footer></body></html>\n`;
  }
  return `${p.filter(Boolean).join(separator)}\n`;
}
