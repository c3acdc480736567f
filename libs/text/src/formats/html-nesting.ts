/** Elements that never hold children, or that an HTML parser closes by itself when the next one opens. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rt', 'rp',
]);

/** Bounded quotes and no "<" inside a tag keep this linear on hostile input such as "<a <a <a …". */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^<>"']|"[^"<]{0,4096}"|'[^'<]{0,4096}')*?(\/?)>/g;

/**
 * How deep the markup nests, estimated from the tags alone in one linear pass. linkedom's parser
 * slows down steeply with depth (40,000 nested divs take 7 s), so this runs before it.
 */
export function estimateNestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (selfClosing || NOT_NESTING.has(name.toLowerCase())) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}
