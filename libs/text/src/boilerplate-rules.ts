/**
 * Line-level cues for site furniture. Each rule looks at one trimmed line; the splitter in
 * boilerplate.ts adds the context rules (headline zone, related-post sections, repeats).
 */

export type BoilerplateReason =
  | 'learned'
  | 'share'
  | 'related'
  | 'caption'
  | 'navigation'
  | 'tag-list'
  | 'repeat'
  | 'site-label'
  | 'headline-like';

const SHARE_PROMPTS: readonly RegExp[] = [
  /^follow\b.{0,60}\bon (google news|twitter|x|facebook|instagram|telegram|linkedin|youtube|whatsapp)\b/i,
  /^(follow|like|join) us\b/i,
  /\bcan be shared on social media\b/i,
  /^share (this|on|via|the|article|story)\b/i,
  /^(share|tweet|email|e-mail|print|whatsapp|facebook|twitter|linkedin|telegram|pinterest|reddit|copy link|comments?)(\s*[|•·,/]?\s*(share|tweet|email|e-mail|print|whatsapp|facebook|twitter|linkedin|telegram|pinterest|reddit|copy link|comments?))*$/i,
  /^back to top( button)?$/i,
  /^[-–—\s]*(advertisement|advertising|sponsored( content)?|skip to (main )?content|scroll to top|anzeige|werbung|publicité|publicidad|pubblicità|reklama)[-–—\s]*$/i,
  /^(sign up|subscribe)\b.{0,80}\b(newsletter|updates|inbox|free)\b/i,
  /^click here\b/i,
  /\ball rights reserved\b/i,
  /^(©|copyright\b)/i,
  /^(leave a (comment|reply)|(\d+ )?comments?|you must be logged in)\b/i,
];

/**
 * "Read also" and "related" prompts in the languages news sites most often write in: German, French,
 * Spanish, Portuguese, Italian, Polish and Dutch.
 */
const RELATED_PROMPTS_ELSEWHERE =
  "auch interessant|das könnte (sie|dich) auch interessieren|lesen sie auch|auch lesen|mehr zum thema|weitere artikel|ähnliche (artikel|beiträge)|meistgelesene?( artikel| beiträge)?|meistdiskutierte?( artikel| beiträge)?|schon gelesen|à lire aussi|lire aussi|sur le même sujet|à voir aussi|articles similaires|lea también|lee también|vea también|(le|te) puede interesar|noticias relacionadas|leia também|veja também|leia mais|notícias relacionadas|leggi anche|potrebbe interessarti|articoli correlati|czytaj (też|także|również)|zobacz (też|także|również)|lees ook|meer over dit onderwerp";

const RELATED_HEADER_ELSEWHERE = new RegExp(`^(${RELATED_PROMPTS_ELSEWHERE})\\s*[:?]?$`, 'i');
const INLINE_RELATED_ELSEWHERE = new RegExp(`^(${RELATED_PROMPTS_ELSEWHERE})\\s*[:|–—-]\\s*\\S`, 'i');

const RELATED_HEADER =
  /^(related|related (posts?|articles?|stories|news|content|coverage|reading|topics)|read (more|also|next)|more (from|on|in|stories|news)\b.*|you (may|might) (also )?(like|be interested in)|recommended( for you)?|latest( news| stories)?|most (read|popular|viewed)|trending( now| stories)?|top stories|see also|further reading|also read|editor'?s picks)\s*:?$/i;

/** "Read also: X" style inline related links: the prompt and the linked headline on one line. */
const INLINE_RELATED = /^(read (more|also|next)|also read|see also|related)\s*[:|–—-]\s*\S/i;

const CAPTION_CUES: readonly RegExp[] = [
  /^(photo|image|picture|illustration|photograph|credit|file photo)s?\s*(:|by\b|credit\b|courtesy\b|©)/i,
  /\b(photo|image|picture|illustration|credit)s?\s*(:|©|by\b|courtesy( of)?\b)\s*\S+(\s+\S+){0,5}\s*\)?$/i,
  /\((photo|image|picture|file photo)\b/i,
  /\b(getty images|shutterstock|istock(photo)?|ap photo|afp via)\b/i,
  /^(file )?(photo|image|picture)\s*$/i,
];

/** "REUTERS/Vasily Fedosenko" at the end of a caption. */
const AGENCY_CREDIT = /\b(reuters|afp|epa(-efe)?|sputnik|tass|ap)\/\p{Lu}[^\s/]*(\s+\S+){0,3}$/iu;

function hasCaptionCue(line: string): boolean {
  return CAPTION_CUES.some((re) => re.test(line)) || (line.includes('/') && AGENCY_CREDIT.test(line));
}

const TAG_LIST = /^(tags?|topics?|categor(y|ies)|filed under|keywords?)\s*:/i;

/** Breadcrumbs, menus and taglines: bullet-led lines, or several items joined by separators. */
const BULLET_LED = /^[•·▪►»›|>*]\s*\S/;
const SEPARATORS = /\s[•·▪|»›]\s/g;

// Closing marks include the opening shapes “ and ‘, which scraped text often puts where a closing mark belongs.
const TERMINAL_PUNCTUATION = /[.!?…:;]['"”’»“‘)\]]*$/;
/** A newsletter's source link after a sentence: "… turning Latino voters Democratic. [Vox]". */
const SOURCE_TAG = /\s+\[[^[\]\n]{1,40}\]$/;
/** A sentence signed by its author, as under a pull quote: "… our greatest shame.” ― Sonya Herridge". */
const SIGNED_SENTENCE = /[.!?…]['"”’»“‘]*\s+[―—–]\s*\p{Lu}[\p{L}\p{M}.'’ -]{0,40}$/u;
const CLOSING_DOUBLE_QUOTE = /["”»]$/;
/** A paragraph that opens a quotation is speech, even when the source cut it off mid-sentence. */
const OPENS_QUOTATION = /^["“„«]/;
const QUOTATION_MIN_WORDS = 10;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/;

function isLetterOrDigit(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

function isSpace(code: number, ch: string): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && WHITESPACE.test(ch));
}

/**
 * Whitespace-separated tokens holding at least one letter or digit, counted no further than `cap`
 * (the thresholds here are small, paragraphs long). A character loop: this runs on every line.
 */
export function wordCount(line: string, cap = Infinity): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < line.length && n < cap; i++) {
    const code = line.charCodeAt(i);
    const ch = line[i];
    if (isSpace(code, ch)) counted = false;
    else if (!counted && isLetterOrDigit(code, ch)) {
      counted = true;
      n++;
    }
  }
  return n;
}

/** A line that ends a sentence, as prose paragraphs do and headlines, labels and captions don't. */
export function endsLikeProse(line: string): boolean {
  if (line.endsWith(']') && SOURCE_TAG.test(line)) return endsLikeProse(line.replace(SOURCE_TAG, ''));
  return (
    TERMINAL_PUNCTUATION.test(line) ||
    CLOSING_DOUBLE_QUOTE.test(line) ||
    SIGNED_SENTENCE.test(line) ||
    (OPENS_QUOTATION.test(line) && wordCount(line) >= QUOTATION_MIN_WORDS)
  );
}

export function isRelatedHeader(line: string): boolean {
  return RELATED_HEADER.test(line) || RELATED_HEADER_ELSEWHERE.test(line);
}

/** The reason a line is furniture by its own content alone, or null when that takes context. */
export function ruleReason(line: string): BoilerplateReason | null {
  if (SHARE_PROMPTS.some((re) => re.test(line))) return 'share';
  if (isRelatedHeader(line) || INLINE_RELATED.test(line) || INLINE_RELATED_ELSEWHERE.test(line)) return 'related';
  if (TAG_LIST.test(line)) return 'tag-list';
  if (BULLET_LED.test(line) || (line.match(SEPARATORS)?.length ?? 0) >= 2) return 'navigation';
  if (hasCaptionCue(line) && wordCount(line, 41) <= 40) return 'caption';
  return null;
}
