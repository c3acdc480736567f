/** Elements whose content is never article text. */
export const NON_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD']);
/** Page chrome dropped when Readability finds nothing and the whole body is read instead. */
export const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'MENU', 'DIALOG']);

const PARAGRAPH_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'DL', 'TABLE', 'FIGURE',
  'SECTION', 'ARTICLE', 'MAIN', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const LINE_TAGS = new Set(['BR', 'LI', 'DT', 'DD', 'TR', 'DIV', 'FIGCAPTION', 'CAPTION', 'HEADER', 'FOOTER', 'NAV', 'ASIDE']);
/** Table cells keep a space between them, or "<td>Greens</td><td>12</td>" would read "Greens12". */
const CELL_TAGS = new Set(['TD', 'TH']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

type Step = { node: DomNode; inPre: boolean } | { close: string };

/**
 * Breaks are written as markers first and settled at the end: the close of one list item and the open
 * of the next are one line break, not a blank line, so a blank line always means a new paragraph.
 */
const LINE_MARK = '\u0001';
const PARAGRAPH_MARK = '\u0002';
const MARKS = /[\u0001\u0002]/g;
const BREAK_RUN = /[ \t]*[\u0001\u0002][\u0001\u0002 \t]*/g;

function breakFor(tagName: string): string {
  if (PARAGRAPH_TAGS.has(tagName)) return PARAGRAPH_MARK;
  if (CELL_TAGS.has(tagName)) return ' ';
  return LINE_TAGS.has(tagName) ? LINE_MARK : '';
}

function settleBreaks(text: string): string {
  return text.replace(BREAK_RUN, (run) => (run.includes(PARAGRAPH_MARK) ? '\n\n' : '\n'));
}

/**
 * The readable text of a DOM subtree: paragraphs separated by a blank line, line breaks kept, runs of
 * spaces collapsed (except in <pre>). Iterative, so a page nested 100,000 levels deep cannot overflow
 * the stack. Text that merely looks like markup ("&lt;script&gt;") stays as text.
 */
export function domToText(root: DomNode, skipTags: ReadonlySet<string> = NON_TEXT_TAGS): string {
  const parts: string[] = [];
  const stack: Step[] = [{ node: root, inPre: false }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if ('close' in step) {
      parts.push(step.close);
      continue;
    }
    const { node, inPre } = step;
    if (node.nodeType === TEXT_NODE) {
      const value = (node.nodeValue ?? '').replace(MARKS, '');
      parts.push(inPre ? value : value.replace(/[ \t\r\n\f\v]+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tagName = node.nodeName.toUpperCase();
    if (skipTags.has(tagName)) continue;
    const separator = breakFor(tagName);
    parts.push(separator);
    stack.push({ close: separator });
    const childInPre = inPre || tagName === 'PRE';
    const children = node.childNodes; // linkedom builds a new array on every read: read it once
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], inPre: childInPre });
  }
  return tidyText(settleBreaks(parts.join('')));
}

/** The deepest element nesting under root, counted without recursion. */
export function elementDepth(root: DomNode | null): number {
  if (!root) return 0;
  let deepest = 0;
  const stack: [DomNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [DomNode, number];
    deepest = Math.max(deepest, depth);
    const children = node.childNodes; // linkedom builds a new array on every read: read it once
    for (let i = 0; i < children.length; i++) {
      if (children[i].nodeType === ELEMENT_NODE) stack.push([children[i], depth + 1]);
    }
  }
  return deepest;
}

/** Trims each line and keeps at most one blank line between paragraphs. */
function tidyText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Skip sets for reading a whole page body without its chrome. */
export const NON_ARTICLE_TAGS: ReadonlySet<string> = new Set([...NON_TEXT_TAGS, ...CHROME_TAGS]);
