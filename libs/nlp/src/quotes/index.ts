/**
 * Quote extraction (issue 4): direct, partial and indirect quotes with the speaker mention, the cue and
 * the resolved canonical speaker. One pass over the text: quote marks, sentences, then attributions.
 */
import { datelineSpans } from '@newsflow/text';
import { EntityMention, Quote, QuoteKind, Span } from '../types';
import { findAttributions, trimRegion } from './attribution';
import { Attribution } from './attribution-record';
import { isInitialDot } from './token-shapes';
import { CueJudge } from './learned-cue';
import { countLineLabels, isLinkLine, lineAttributions } from './line-forms';
import { findQuoteMarks, QuoteMarks } from './quote-marks';
import { QuoteModels, RULES_ONLY } from './model-file';
import { mentionsWithin } from './recall';
import { followsNamingVerb, isQuotedTitle } from './quoted-titles';
import { isTitleCase } from './cue-forms';
import { SpeakerResolver } from './resolve-speaker';
import { isAsciiAlnum, Sentence, sentenceTokens, splitSentences, Token, tokenRange } from './segment';
import { joinInterruptedQuotes } from './interrupted-quotes';
import { FoundQuotes, retagged, TaggableSentence } from './tagged-quotes';

export { defaultQuoteModels, quoteModelsNamed, RULES_ONLY } from './model-file';
export type { QuoteModels, QuoteModelsName } from './model-file';
export { quoteAnchors, quoteGroupKey, quoteSimilarity, quoteWords, sameStatement } from './grouping';

interface Speaker {
  speaker: Span | null;
  canonical: string | null;
  cue: Span | null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether text[start, end) holds a letter or digit, looked up in place (no copy of the span). */
function hasLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c)) return true;
    if (c >= 128 && LETTER_OR_DIGIT.test(text[i])) return true;
  }
  return false;
}

/**
 * models: the rules alone unless given. The learned recall pass (defaultQuoteModels(), trained on PolNeAR
 * train by `npm run train:quotes`) is opt-in: it gains 0.011 content F1 on dev and 0.018 in 5-fold
 * cross-validation on train, but scoring its candidates makes a cold pass of entities+quotes 12-25%
 * slower, over the few percent the product allows.
 */
export function extractQuotes(text: string, entities: EntityMention[], models: QuoteModels = RULES_ONLY): Quote[] {
  const found = findQuotes(text, entities, models);
  return withoutDatelines(text, joinInterruptedQuotes(text, models.tagger ? dedupe(retagged(text, found, models.tagger)) : found.quotes));
}

/** "LONDON — Flu cases have risen, officials said": the dateline opens the paragraph, not what was said. */
function withoutDatelines(text: string, quotes: Quote[]): Quote[] {
  const datelines = datelineSpans(text);
  for (const d of datelines) {
    for (const q of quotes) {
      if (q.start < d.start || q.start >= d.end) continue;
      let start = d.end;
      while (start < q.end && /\s/.test(text[start])) start++;
      if (start >= q.end) continue;
      q.start = start;
      q.text = text.slice(start, q.end);
    }
  }
  return quotes;
}

/**
 * The rules' quotes (and the recall pass's), before interrupted quotes are joined, with the sentences
 * the content tagger may relabel: those the attribution rules read (not transcript turns, labelled
 * lines, link lines or a block quotation's paragraph).
 */
export function findQuotes(text: string, entities: EntityMention[], models: QuoteModels = RULES_ONLY): FoundQuotes {
  const judge: CueJudge | null = models.cue;
  const mentions = byStart(entities);
  const marks = findQuoteMarks(text);
  const sentences = splitSentences(text, marks);
  const resolver = new SpeakerResolver(text, entities, (pos) => insideQuote(marks, pos));
  const out: Quote[] = [];
  const span = (start: number, end: number): Span => ({ text: text.slice(start, end), start, end });
  const tokSpan = (toks: Token[], [a, b]: [number, number]): Span => span(toks[a].start, toks[b - 1].end);
  let sentenceSpeaker: Speaker | null = null; // the last speaker named in the running sentence
  const who = (toks: Token[], a: Attribution): Speaker => {
    const speaker = a.speaker ? tokSpan(toks, a.speaker) : null;
    const cue = tokSpan(toks, a.cue);
    // "Lukashenka said that if …, Minsk would respond harshly, warning …": the place is what he spoke
    // about, and the sentence's speaker speaks on (a capital alone, "Minsk explained", stands for its country)
    if (speaker && sentenceSpeaker && resolver.isPlace(speaker)) return { ...sentenceSpeaker, cue };
    const s = { speaker, canonical: speaker ? resolver.resolve(speaker) : null, cue };
    if (speaker) sentenceSpeaker = s;
    return s;
  };
  const emit = (start: number, end: number, kind: QuoteKind, s: Speaker): void => {
    if (end <= start || !hasLetter(text, start, end)) return;
    out.push({ text: text.slice(start, end), start, end, kind, speaker: s.speaker, speakerCanonical: s.canonical, cue: s.cue });
  };
  // “Face the Nation”, “Legend in the Coal Fields”: a title in quote marks is nobody's words
  // (unless a headline capitalises everything, or a verb says the title is what was said: labeled it “…”)
  let sentenceToks: Token[] = [];
  const emitMark = (m: QuoteMarks, kind: QuoteKind, s: Speaker): void => {
    if (isQuotedTitle(text, m.start, m.end) && !followsNamingVerb(text, m.open) && !isTitleCase(text, sentenceToks)) return;
    emit(m.start, m.end, kind, s);
  };

  let context: Speaker | null = null; // the speaker of the running stretch of quotes
  let pendingStandalone: QuoteMarks[] = []; // standalone quotes waiting for "Lukashenko said." after them
  let lastParagraph = -1;
  let linkParagraph = false;
  let labels: Map<string, number> | null = null;
  const lineLabels = (): Map<string, number> => (labels ??= countLineLabels(text));
  const headlineParagraph = sentences.length > 0 ? sentences[0].paragraph : -1;
  let headlineEnd = 0;
  for (const s of sentences) if (s.paragraph === headlineParagraph) headlineEnd = s.end;
  let turnEnd = -1; // the end of the running transcript turn, whose sentences are all the speaker's
  let introduced: { s: Speaker; paragraph: number } | null = null; // "Limbaugh added:" closing a paragraph
  const taggable: TaggableSentence[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si];
    if (sentence.start < turnEnd) continue;
    if (sentence.paragraph !== lastParagraph) {
      pendingStandalone = [];
      lastParagraph = sentence.paragraph;
      linkParagraph = isLinkLine(text, sentence.start);
      // a block quotation without marks: the whole paragraph after "X added:" is what X said
      if (introduced && introduced.paragraph === sentence.paragraph - 1 && !/["“‘']/.test(text[sentence.start])) {
        let last = si;
        while (last + 1 < sentences.length && sentences[last + 1].paragraph === sentence.paragraph) last++;
        emit(sentence.start, sentences[last].end, 'indirect', introduced.s);
        context = introduced.s;
        introduced = null;
        turnEnd = sentences[last].end;
        continue;
      }
      introduced = null;
    }
    // "READ MORE: …" links to another article: nothing in it is said here
    if (linkParagraph) continue;
    const toks = sentenceTokens(text, sentence, marks);
    sentenceToks = toks;
    sentenceSpeaker = null;
    const attributions = findAttributions(text, toks, judge);
    const headline = sentence.paragraph === headlineParagraph ? headlineEnd : -1;
    // a transcript turn ("PENCE: …") holds whatever verbs its speaker uses
    const found = lineAttributions(text, sentence, toks, headline, entities, lineLabels);
    // "Dana Whitfield: Farm Voters Anxious About …": a cue inside the labelled line is part of what was said
    const labelled = found.length > 0 && found[0].cue !== null && attributions.every((a) => toks[a.cue[0]].start > found[0].cue!.start);
    const lines = attributions.length === 0 || labelled || found.some((l) => l.turn) ? found : [];
    for (const line of lines) {
      const speaker = span(line.speaker.start, line.speaker.end);
      const s: Speaker = { speaker, canonical: resolver.resolve(speaker), cue: line.cue };
      const quoteOnly = toks.find((t) => t.kind === 'quote' && t.start <= line.content.start && t.end >= line.content.end);
      if (line.turn) {
        emit(line.content.start, line.content.end, 'indirect', s);
        turnEnd = line.content.end;
      } else if (quoteOnly) emitMark(marks[quoteOnly.quote], line.kind ?? 'direct', s);
      else emitContent(text, toks, tokenRange(toks, line.content), marks, s, emit, emitMark);
      context = s;
    }
    if (lines.length > 0) continue;
    taggable.push({ start: sentence.start, end: sentence.end, toks });
    const used = new Set<number>();
    const recalled = models.recall ? models.recall.find(text, toks, attributions, mentionsWithin(mentions, sentence.start, sentence.end)) : [];
    for (const a of recalled.length ? [...attributions, ...recalled] : attributions) {
      const s = who(toks, a);
      if (a.speaker && !a.learned) context = s;
      if (!a.content) {
        for (const m of pendingStandalone) emitMark(m, 'direct', s);
        pendingStandalone = [];
        // "“…,” Ruiz told Dana Pruett this week.": the quote before the speaker is what was told
        const lead = a.speaker ? a.speaker[0] - 1 : -1;
        if (toks[lead]?.kind === 'quote' && !used.has(lead)) {
          used.add(lead);
          emitMark(marks[toks[lead].quote], 'direct', s);
        }
        const closesParagraph = sentences[si + 1]?.paragraph !== sentence.paragraph;
        if (a.speaker && closesParagraph && toks[toks.length - 1].low === ':' && toks.length - 1 <= Math.max(a.cue[1], a.speaker[1])) introduced = { s, paragraph: sentence.paragraph };
        continue;
      }
      const [from, to] = trimRegion(toks, a.content);
      if (to <= from) continue;
      if (to - from === 1 && toks[from].kind === 'quote') {
        used.add(from);
        emitMark(marks[toks[from].quote], 'direct', s);
      } else {
        const start = withComplementizer(toks, a, from);
        for (let k = start; k < to; k++) if (toks[k].kind === 'quote') used.add(k);
        emitContent(text, toks, [start, to], marks, s, emit, emitMark);
      }
      if (a.tail) {
        const tail = trimRegion(toks, a.tail);
        for (let k = tail[0]; k < tail[1]; k++) if (toks[k].kind === 'quote') used.add(k);
        emitContent(text, toks, tail, marks, s, emit, emitMark);
      }
      // a quote split by its attribution: “…,” he said, “…”
      if (a.contentFirst) splitQuoteTail(toks, a, used).forEach((k) => emitMark(marks[toks[k].quote], 'direct', s));
      // “…,”Lukashenko stated to X that …: the quote before the speaker is his too
      const head = a.speaker ? a.speaker[0] - 1 : -1;
      if (!a.contentFirst && toks[head]?.kind === 'quote' && !used.has(head)) {
        used.add(head);
        emitMark(marks[toks[head].quote], 'direct', s);
      }
    }
    const standalone = isStandaloneQuote(toks);
    if (standalone >= 0 && !used.has(standalone)) {
      if (context) emitMark(marks[toks[standalone].quote], 'direct', context);
      else pendingStandalone.push(marks[toks[standalone].quote]);
    } else if (attributions.length === 0) {
      context = null;
    }
  }
  return { quotes: dedupe(out), marks, sentences: taggable, mentions, resolve: (speaker) => resolver.resolve(speaker) };
}

/** How far after "he said" a continuing quote may open: "he said, referring to the 1 percent excuse, “…”". */
const MAX_ASIDE_TOKENS = 16;

type Emit = (start: number, end: number, kind: QuoteKind, s: Speaker) => void;
type EmitMark = (m: QuoteMarks, kind: QuoteKind, s: Speaker) => void;

/**
 * Reported content: the indirect quote, plus a partial quote for each quoted fragment inside it (the seeds
 * gold counts both: "a reported clause containing a quoted fragment gives both the partial and an indirect
 * entry").
 */
function emitContent(text: string, toks: Token[], [from, to]: [number, number], marks: QuoteMarks[], s: Speaker, emit: Emit, emitMark: EmitMark): void {
  if (to <= from) return;
  const start = afterSectionLabel(text, toks[from].start);
  let end = toks[to - 1].end;
  while (end > start && /[\s.,;:]/.test(text[end - 1])) end--;
  emit(start, end, 'indirect', s);
  for (let k = from; k < to; k++) if (toks[k].kind === 'quote') emitMark(marks[toks[k].quote], 'partial', s);
}

/**
 * "said that the plan failed": the content opens with its complementizer, as PolNeAR annotates it (its
 * exact spans start at "that" in about one content in three).
 */
function withComplementizer(toks: Token[], a: Attribution, from: number): number {
  const before = toks[from - 1];
  return !a.contentFirst && before?.kind === 'word' && before.low === 'that' && from - 1 >= a.cue[1] ? from - 1 : from;
}

/** "ECONOMY: Prices rose …, the office reported": a section label opening the line is not part of what was said. */
const SECTION_LABEL = /[A-Z][A-Z .'’-]{1,40}:\s+/y;
function afterSectionLabel(text: string, start: number): number {
  if (start > 0 && text[start - 1] !== '\n') return start;
  SECTION_LABEL.lastIndex = start;
  return SECTION_LABEL.test(text) ? SECTION_LABEL.lastIndex : start;
}


/**
 * After "“…,” he said": another quote opened after a comma, colon or "but" within a few tokens continues
 * the same statement (“…,” Tester said, referring to the excuse, “…”), unless the sentence ends first.
 */
function splitQuoteTail(toks: Token[], a: Attribution, used: Set<number>): number[] {
  const from = Math.max(a.cue[1], a.speaker ? a.speaker[1] : 0);
  for (let k = from; k < toks.length && k < from + MAX_ASIDE_TOKENS; k++) {
    const t = toks[k];
    if (t.kind === 'quote') {
      const before = toks[k - 1];
      if (used.has(k) || !(k === from || ',:'.includes(before.low) || before.low === 'but' || before.low === 'and')) return [];
      used.add(k);
      return [k];
    }
    if (t.kind === 'punct' && '.;?!'.includes(t.low) && !isInitialDot(toks, k)) return [];
  }
  return [];
}

/** Index of the quote token when the sentence is just a quote (with punctuation), else -1. */
function isStandaloneQuote(toks: Token[]): number {
  let q = -1;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].kind === 'quote') {
      if (q >= 0) return -1;
      q = k;
    } else if (toks[k].kind === 'word') return -1;
  }
  return q;
}

function insideQuote(marks: QuoteMarks[], pos: number): boolean {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].close <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < marks.length && marks[lo].open <= pos;
}

function byStart(entities: EntityMention[]): EntityMention[] {
  for (let k = 1; k < entities.length; k++) if (entities[k].start < entities[k - 1].start) return [...entities].sort((a, b) => a.start - b.start);
  return entities;
}

/** The same span found twice (a partial inside two attributions) is kept once, the first time. */
function dedupe(quotes: Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.start}:${q.end}:${q.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type { Sentence };
