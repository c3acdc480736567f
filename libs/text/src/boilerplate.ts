import { TextLine, boilerplateLineKey, splitLines } from './text-lines';
import { BoilerplateReason, endsLikeProse, isRelatedHeader, ruleReason, wordCount } from './boilerplate-rules';

export type { BoilerplateReason } from './boilerplate-rules';
export * from './boilerplate-learning';
export * from './text-lines';

export interface BoilerplateLine extends TextLine {
  reason: BoilerplateReason;
}

export interface BoilerplateSplit {
  /** Body lines joined by newlines: what dedupe fingerprints and the API serves as the body. */
  body: string;
  /** The article's lines that are not furniture, without the headline. */
  bodyLines: TextLine[];
  /** The headline line of the text (neither body nor boilerplate: entities in it still count). */
  headline: TextLine | null;
  /** Kept so the article view can grey them out. */
  boilerplateLines: BoilerplateLine[];
  /**
   * Set when every line looked like furniture: then nothing is removed (an article is never left
   * without a body) and this says what the lines looked like.
   */
  keptAllBecause: string | null;
}

export interface BoilerplateOptions {
  /** Line keys (see boilerplateLineKey) learned as furniture of this outlet, e.g. by learnRepeatedLines. */
  knownBoilerplate?: ReadonlySet<string>;
  /** The article's title when its format names one: the line that repeats it is the headline. */
  title?: string | null;
  /**
   * True for the main text the HTML extractor chose. It already left the page's chrome out, and its
   * short unpunctuated lines are the article's subheadings, list items and table rows, its repeated
   * lines code or refrains: only lines that are furniture by their own content (share prompts,
   * related-post lists, captions, tag lists, menus) or learned for the outlet are removed.
   */
  extractedFromHtml?: boolean;
}

/** Fewest words for the line that opens an article without a full stop to count as its headline. */
const HEADLINE_MIN_WORDS = 4;
/** A line without a full stop this long is a paragraph that lost its punctuation, not a label. */
const UNPUNCTUATED_PARAGRAPH_WORDS = 40;
/** Items under a "Related posts" header are headline-sized; a longer line is prose again. */
const RELATED_ITEM_MAX_WORDS = 25;

/** The non-empty lines of a text. */
function contentLines(text: string): TextLine[] {
  return splitLines(text).filter((line) => line.text.trim() !== '');
}

function summariseReasons(lines: BoilerplateLine[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.reason, (counts.get(line.reason) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${reason}`);
  return `every line looked like boilerplate (${parts.join(', ')}), so the whole text is kept as the body`;
}

/**
 * Separates the body from site furniture line by line. A line is furniture by its own content
 * (share prompts, captions, menus, tag lists, related-post headers), by repeating an earlier line,
 * by sitting in a related-posts list, or by looking like a label or headline (no closing
 * punctuation) anywhere but the article's own headline slot before the first prose line. After
 * the article's prose has begun, lines of a block (list items, table rows) are the article's own.
 */
export function splitBoilerplate(text: string, options: BoilerplateOptions = {}): BoilerplateSplit {
  const known = options.knownBoilerplate;
  const titleKey = options.title ? boilerplateLineKey(options.title) : null;
  const seen = new Set<string>();
  const bodyLines: TextLine[] = [];
  const boilerplateLines: BoilerplateLine[] = [];
  let headline: TextLine | null = null;
  let headlineTaken = false;
  let proseSeen = false;
  let inRelatedList = false;
  const extracted = options.extractedFromHtml === true;
  const lines = contentLines(text);

  for (const line of lines) {
    const trimmed = line.text.trim();
    const repeatKey = trimmed.toLowerCase().replace(/\s+/g, ' ');
    const words = wordCount(trimmed, UNPUNCTUATED_PARAGRAPH_WORDS + 1);
    const prose = endsLikeProse(trimmed);
    const lineKey = known || titleKey !== null ? boilerplateLineKey(trimmed) : null;
    const isTitle = !headlineTaken && !proseSeen && titleKey !== null && lineKey === titleKey;

    let reason: BoilerplateReason | null = known?.has(lineKey!) ? 'learned' : isTitle ? null : ruleReason(trimmed);
    if (!reason && words === 0 && !extracted) reason = 'navigation';
    if (!reason && seen.has(repeatKey) && !extracted) reason = 'repeat';
    if (!reason && inRelatedList) {
      if (words <= RELATED_ITEM_MAX_WORDS || !prose) reason = 'related';
      else inRelatedList = false;
    }
    let isHeadline = false;
    if (!reason && isTitle) isHeadline = true;
    else if (!reason && !prose && words <= UNPUNCTUATED_PARAGRAPH_WORDS) {
      isHeadline = !proseSeen && !headlineTaken && words >= HEADLINE_MIN_WORDS;
      if (!isHeadline && !extracted) reason = proseSeen || headlineTaken ? 'headline-like' : 'site-label';
    }
    seen.add(repeatKey);

    if (reason) {
      if (isRelatedHeader(trimmed)) inRelatedList = true;
      boilerplateLines.push({ ...line, reason });
    } else if (isHeadline) {
      headlineTaken = true;
      headline = line;
    } else {
      if (prose) proseSeen = true;
      bodyLines.push(line);
    }
  }
  if (bodyLines.length === 0 && boilerplateLines.length > 0) {
    return { body: lines.map((l) => l.text.trim()).join('\n'), bodyLines: lines, headline: null, boilerplateLines: [], keptAllBecause: summariseReasons(boilerplateLines) };
  }
  return { body: bodyLines.map((l) => l.text.trim()).join('\n'), bodyLines, headline, boilerplateLines, keptAllBecause: null };
}
