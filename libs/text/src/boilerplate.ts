import { TextLine, boilerplateLineKey, splitLines } from './text-lines';
import { BoilerplateReason, endsLikeProse, isRelatedHeader, ruleReason, wordCount } from './boilerplate-rules';

export type { BoilerplateReason } from './boilerplate-rules';
export * from './boilerplate-learning';
export * from './text-lines';

export interface BoilerplateLine extends TextLine {
  reason: BoilerplateReason;
}

export interface BoilerplateSplit {
  /** Body lines joined by newlines: what entities, quotes and dedupe work on. */
  body: string;
  bodyLines: TextLine[];
  /** Kept so the article view can grey them out. */
  boilerplateLines: BoilerplateLine[];
}

export interface BoilerplateOptions {
  /** Line keys (see boilerplateLineKey) learned as furniture of this outlet, e.g. by learnRepeatedLines. */
  knownBoilerplate?: ReadonlySet<string>;
}

/** Fewest words for the line that opens an article without a full stop to count as its headline. */
const HEADLINE_MIN_WORDS = 4;
/** A line without a full stop this long is a paragraph that lost its punctuation, not a label. */
const UNPUNCTUATED_PARAGRAPH_WORDS = 40;
/** Items under a "Related posts" header are headline-sized; a longer line is prose again. */
const RELATED_ITEM_MAX_WORDS = 25;

/**
 * Separates the body from site furniture line by line. A line is furniture by its own content
 * (share prompts, captions, menus, tag lists, related-post headers), by repeating an earlier line,
 * by sitting in a related-posts list, or by looking like a label or headline (no closing
 * punctuation) anywhere but the article's own headline slot before the first prose line.
 */
export function splitBoilerplate(text: string, options: BoilerplateOptions = {}): BoilerplateSplit {
  const known = options.knownBoilerplate;
  const seen = new Set<string>();
  const bodyLines: TextLine[] = [];
  const boilerplateLines: BoilerplateLine[] = [];
  let headlineTaken = false;
  let proseSeen = false;
  let inRelatedList = false;

  for (const line of splitLines(text)) {
    const trimmed = line.text.trim();
    if (!trimmed) continue;
    const repeatKey = trimmed.toLowerCase().replace(/\s+/g, ' ');
    const words = wordCount(trimmed, UNPUNCTUATED_PARAGRAPH_WORDS + 1);
    const prose = endsLikeProse(trimmed);

    let reason: BoilerplateReason | null = known?.has(boilerplateLineKey(trimmed)) ? 'learned' : ruleReason(trimmed);
    if (!reason && words === 0) reason = 'navigation';
    if (!reason && seen.has(repeatKey)) reason = 'repeat';
    if (!reason && inRelatedList) {
      if (words <= RELATED_ITEM_MAX_WORDS || !prose) reason = 'related';
      else inRelatedList = false;
    }
    if (!reason && !prose && words <= UNPUNCTUATED_PARAGRAPH_WORDS) {
      const isHeadline = !proseSeen && !headlineTaken && words >= HEADLINE_MIN_WORDS;
      if (isHeadline) headlineTaken = true;
      else reason = proseSeen || headlineTaken ? 'headline-like' : 'site-label';
    }
    seen.add(repeatKey);

    if (reason) {
      if (isRelatedHeader(trimmed)) inRelatedList = true;
      boilerplateLines.push({ ...line, reason });
    } else {
      if (prose) proseSeen = true;
      bodyLines.push(line);
    }
  }
  return { body: bodyLines.map((l) => l.text.trim()).join('\n'), bodyLines, boilerplateLines };
}
