/**
 * Attributions carried by the shape of a line rather than a verb: "Putin: …" (headlines and
 * transcripts), "… – Lukashenko" and "“…” ― Name", and quotes in a headline that names one person.
 */
import { EntityMention, QuoteKind, Span } from '../types';
import { NOT_SPEAKER_LABELS } from './lexicon';
import { Sentence, Token } from './segment';

export interface LineAttribution {
  speaker: { start: number; end: number };
  cue: Span | null;
  content: { start: number; end: number };
  kind?: QuoteKind;
  /** A transcript turn ("WALLACE: …"): the content is the rest of the paragraph. */
  turn?: boolean;
}

const DASHES = '–—―-';
/** "Obama on Climate Change:", "Clinton about the debate:". */
const TOPIC_WORDS = new Set(['on', 'about']);
const MAX_TOPIC_TOKENS = 6;
const MAX_NAME_TOKENS = 5;
const isCapitalised = (text: string, t: Token): boolean => t.kind === 'word' && /\p{Lu}/u.test(text[t.start]);
const isAllCaps = (text: string, from: Token, to: Token): boolean => {
  const s = text.slice(from.start, to.end);
  return /\p{Lu}{2}/u.test(s) && s === s.toUpperCase();
};

const overlapsEntity = (entities: EntityMention[], start: number, end: number, types: string[]): EntityMention | undefined =>
  entities.find((e) => e.start < end && e.end > start && types.includes(e.type));

/**
 * headlineEnd: the end of the headline paragraph when the sentence is in it, else -1; lineLabels: how
 * many lines of the text open with each label (countLineLabels, computed once per text when needed).
 */
export function lineAttributions(text: string, sentence: Sentence, toks: Token[], headlineEnd: number, entities: EntityMention[], lineLabels: () => Map<string, number>): LineAttribution[] {
  const headline = headlineEnd >= 0;
  const span = (a: number, b: number): Span => ({ text: text.slice(a, b), start: a, end: b });
  // "Putin: …" at the start of a line
  const lead = toks[0]?.low === '"' && toks[0].kind === 'punct' ? 1 : 0; // "WALLACE: … in a transcript
  let k = lead;
  while (k < toks.length && k < lead + MAX_NAME_TOKENS && isCapitalised(text, toks[k])) k++;
  if (k > lead && toks[k]?.low === ':' && k + 3 < toks.length && !NOT_SPEAKER_LABELS.has(toks[lead].low) && startsLine(text, sentence.start)) {
    const first = toks[lead];
    const last = toks[k - 1];
    // "PENCE: …" opens a turn; "WHAT HAPPENS NEXT: …" labels a section: a turn's label names a person or
    // organisation, opens a transcript line with a mark, or comes back
    const transcript = isAllCaps(text, first, last) && (lead === 1 || overlapsEntity(entities, first.start, last.end, ['PERSON', 'ORG']) !== undefined || (lineLabels().get(text.slice(first.start, last.end)) ?? 0) > 1);
    if ((headline && !isAllCaps(text, first, last)) || transcript || overlapsEntity(entities, first.start, last.end, ['PERSON', 'ORG'])) {
      // a transcript turn runs to the end of its paragraph
      const end = transcript ? paragraphEnd(text, sentence.end) : sentence.end;
      return [{ speaker: { start: first.start, end: last.end }, cue: span(toks[k].start, toks[k].end), content: { start: toks[k + 1].start, end }, turn: transcript }];
    }
  }
  // "Hale on Water Policy: The Shortages Are 'Alarming'": a headline's named speaker and topic before the colon
  if (headline && k > lead && TOPIC_WORDS.has(toks[k]?.low ?? '') && overlapsEntity(entities, toks[lead].start, toks[k - 1].end, ['PERSON', 'ORG'])) {
    for (let c = k + 1; c < toks.length - 1 && c <= k + MAX_TOPIC_TOKENS; c++) {
      if (toks[c].low !== ':') continue;
      return [{ speaker: { start: toks[lead].start, end: toks[k - 1].end }, cue: span(toks[c].start, toks[c].end), content: { start: toks[c + 1].start, end: sentence.end } }];
    }
  }
  // "… – Lukashenko" in a headline, "“…” ― Name" anywhere
  for (let d = 1; d < toks.length - 1; d++) {
    if (toks[d].kind !== 'punct' || !DASHES.includes(toks[d].low)) continue;
    if (!headline && toks[d - 1].kind !== 'quote') continue;
    let e = d + 1;
    while (e < toks.length && e <= d + MAX_NAME_TOKENS && (isCapitalised(text, toks[e]) || (toks[e].low === '.' && e > d + 1))) e++;
    const closes = e === toks.length || (toks[e].kind === 'punct' && DASHES.includes(toks[e].low));
    if (e === d + 1 || !closes) continue;
    return [{ speaker: { start: toks[d + 1].start, end: toks[e - 1].end }, cue: span(toks[d].start, toks[d].end), content: { start: toks[0].start, end: toks[d - 1].end } }];
  }
  if (!headline) return [];
  // quotes in a headline that names one person: ‘…’. Lukashenka about …
  const people = new Set(entities.filter((e) => e.type === 'PERSON' && e.end <= headlineEnd).map((e) => e.canonical));
  const person = people.size === 1 ? entities.find((e) => e.type === 'PERSON' && e.end <= headlineEnd) : undefined;
  if (!person) return [];
  return toks
    .filter((t) => t.kind === 'quote')
    .map((t) => ({ speaker: { start: person.start, end: person.end }, cue: null, content: { start: t.start, end: t.end }, kind: t === toks[0] && sentence.start === 0 ? 'direct' : 'partial' }));
}

function paragraphEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

function startsLine(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

/** How many lines open with each label before a colon ("WALLACE:" in a transcript): one pass over the text. */
export function countLineLabels(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/^["“]?([^\n:"“]{1,40}):/gm)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return counts;
}

/** "READ MORE:", "RELATED:", "WATCH:" opening the line that starts at `lineStart`: a link to another article. */
const LINK_LINE = /^(?:READ (?:MORE|ALSO)|SEE ALSO|RELATED(?: [A-Z]+)?|WATCH|LISTEN|MORE)\s*:/;
export function isLinkLine(text: string, lineStart: number): boolean {
  return LINK_LINE.test(text.slice(lineStart, lineStart + 20));
}
