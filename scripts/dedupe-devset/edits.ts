import { bylineLine, captionLine, creditLine, datelinePrefix, footerLines, headerLines, outletName, tailLines } from './furniture';
import { Rng } from './rng';

/** An article as paragraphs; the first is its headline. */
export type Paragraphs = string[];

/** What a republishing outlet does to a wire story; a copy usually carries several at once. */
export type EditName = 'headline' | 'typography' | 'truncation' | 'word-edits' | 'boilerplate';
export const EDIT_NAMES: readonly EditName[] = ['headline', 'typography', 'truncation', 'word-edits', 'boilerplate'];

/** How often a syndicated copy carries each edit: most get a new headline and the outlet's furniture. */
export const EDIT_RATES: Readonly<Record<EditName, number>> = { headline: 0.7, boilerplate: 0.7, typography: 0.5, truncation: 0.45, 'word-edits': 0.45 };

export interface EditContext {
  rng: Rng;
  /** Headlines of other articles, for related-post lists. */
  otherHeadlines: readonly string[];
}

const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Another outlet's headline: reworded, prefixed or suffixed, written from the lede, or none at all. */
function newHeadline(p: Paragraphs, { rng }: EditContext): Paragraphs {
  const style = rng.next();
  if (style < 0.1) return ['', ...p.slice(1)]; // no headline at all
  let headline: string;
  if (style < 0.45) {
    const kept = p[0].replace(/[.]$/, '').split(' ').filter(() => rng.chance(0.6));
    headline = `${rng.pick(['UPDATE:', 'Analysis:', 'Exclusive:', 'WATCH:', '', '', ''])} ${kept.join(' ')} ${rng.pick(['– report', 'as tensions grow', '', '', 'amid criticism'])}`;
  } else if (style < 0.8) {
    // Written from the lede, as a subeditor does: its first words, cut at a clause.
    const lede = (p[1] ?? p[0]).replace(/^[A-Z ]+\([^)]*\)\s*[-—]\s*/, '').split(/[,;:.]/)[0].split(' ');
    headline = lede.slice(0, rng.int(6, 11)).map((w) => (rng.chance(0.5) ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
  } else {
    headline = `${p[0].replace(/[.]$/, '')} ${rng.pick(['| Daily Courier', '- The Northern Star', ':: Metro Wire', '— Capital Post'])}`;
  }
  return [headline.replace(/\s+/g, ' ').trim(), ...p.slice(1)];
}

const HOUSE_STYLE: ReadonlyArray<[RegExp, string]> = [
  [/\bU\.S\./g, 'US'],
  [/\bMr\. /g, 'Mr '],
  [/\bMrs\. /g, 'Mrs '],
  [/ percent\b/g, '%'],
  [/\bSept\. /g, 'September '],
  [/(\d),(\d{3})\b/g, '$1$2'],
  [/\.\.\./g, '…'],
];

/** The outlet's house typography: quote and dash styles, spacing, abbreviations, paragraphing. */
function changeTypography(p: Paragraphs, { rng }: EditContext): Paragraphs {
  const toStraight = rng.chance(0.5);
  const house = HOUSE_STYLE.filter(() => rng.chance(0.5));
  const spacing = rng.chance(0.4);
  const out = p.map((para) => {
    let s = toStraight
      ? para.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/ ?— ?/g, rng.pick([' -- ', ' - ', ' – ']))
      : para.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’').replace(/ -{1,2} /g, ' — ');
    for (const [re, to] of house) s = s.replace(re, to);
    if (spacing) s = s.replace(/([.!?]) /g, rng.chance(0.5) ? '$1  ' : '$1 ').replace(/ /g, () => (rng.chance(0.03) ? '\u00a0' : ' '));
    return s;
  });
  // House paragraphing: a long paragraph split at a sentence, or two short ones joined.
  if (rng.chance(0.3) && out.length > 3) {
    const i = rng.int(1, out.length - 2);
    const sentences = out[i].match(/[^.!?]+[.!?]+["”’]?\s*/g);
    if (sentences && sentences.length > 1) out.splice(i, 1, sentences.slice(0, 1).join('').trim(), sentences.slice(1).join('').trim());
    else out.splice(i, 2, `${out[i]} ${out[i + 1]}`);
  }
  return out;
}

/** Keeps the first 35–85% of the body, never under two paragraphs or 50 words; sometimes a middle paragraph goes too. */
function truncate(p: Paragraphs, { rng }: EditContext): Paragraphs {
  const [head, ...body] = p;
  const total = body.reduce((n, s) => n + wordsIn(s), 0);
  const keepWords = Math.max(50, total * (0.35 + 0.5 * rng.next()));
  const kept: Paragraphs = [];
  let n = 0;
  for (const para of body) {
    if (kept.length >= 2 && n >= keepWords) break;
    kept.push(para);
    n += wordsIn(para);
  }
  if (kept.length === body.length && kept.length > 2) kept.pop();
  if (rng.chance(0.25) && kept.length > 4) kept.splice(rng.int(1, kept.length - 2), 1);
  return [head, ...kept];
}

const REPLACEMENTS: Record<string, string> = {
  said: 'says', says: 'said', told: 'informed', also: 'further', but: 'however', big: 'large', Monday: 'Tuesday', percent: '%',
  would: 'will', will: 'would', about: 'around', more: 'over', because: 'as', people: 'Americans', called: 'described', after: 'following',
};
const NAME_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/\bDonald Trump\b/, 'Trump'], [/\bHillary Clinton\b/, 'Mrs Clinton'], [/\bTrump\b/, 'Mr Trump'], [/\bthe United States\b/, 'the US'],
];

/** One word in 80 to one in 25 replaced, deleted or inserted, and a name written the house's way. */
function editWords(p: Paragraphs, { rng }: EditContext): Paragraphs {
  const rate = 1 / rng.int(25, 80);
  const names = NAME_FORMS.filter(() => rng.chance(0.4));
  return p.map((para, i) => {
    if (i === 0) return para;
    let s = para
      .split(' ')
      .flatMap((token, k, all) => {
        if (!rng.chance(rate)) return [token];
        // The word changes, its punctuation stays: a subeditor does not delete a full stop with the word before it.
        const [, w, punct] = token.match(/^(.*?)([.,;:!?"”’)]*)$/)!;
        const r = rng.next();
        if (r < 0.45) return [(REPLACEMENTS[w] ?? rng.pick(['new', 'recent', 'key', 'local', 'major', 'senior', 'latest'])) + punct];
        if (r < 0.7 && !punct && k + 1 < all.length) return [];
        return [`${w} ${rng.pick(['reportedly', 'also', 'now', 'then', 'still', 'already'])}${punct}`];
      })
      .join(' ');
    for (const [re, to] of names) s = s.replace(re, to);
    return s;
  });
}

/** The republisher's furniture: some of byline, dateline, photo credit, header, footer and tail lines. */
function addBoilerplate(p: Paragraphs, { rng, otherHeadlines }: EditContext): Paragraphs {
  const outlet = outletName(rng);
  const [head, ...body] = p;
  const top: string[] = rng.chance(0.5) ? headerLines(rng, outlet) : [];
  const underHead: string[] = rng.chance(0.6) ? [bylineLine(rng, outlet)] : [];
  const out = [...body];
  if (out.length > 0 && rng.chance(0.5)) out[0] = datelinePrefix(rng) + out[0].replace(/^[A-Z][A-Z .,]+ [-—(][^-—]*?[-—] /, '');
  if (rng.chance(0.5)) out.splice(Math.min(out.length, rng.int(0, 2)), 0, rng.chance(0.5) ? creditLine(rng) : captionLine(rng));
  const tail = rng.chance(0.7) ? tailLines(rng, outlet, otherHeadlines) : [];
  const footer = rng.chance(0.5) ? footerLines(rng, outlet, otherHeadlines) : [];
  // Header lines go under the headline so that the first paragraph stays the headline in every format.
  return [head, ...top, ...underHead, ...out, ...tail, ...footer];
}

const EDITS: Record<EditName, (p: Paragraphs, ctx: EditContext) => Paragraphs> = {
  headline: newHeadline,
  truncation: truncate,
  'word-edits': editWords,
  typography: changeTypography,
  boilerplate: addBoilerplate,
};

/** Applies the edits in a fixed order so furniture is added last, around the edited text. */
export function applyEdits(p: Paragraphs, edits: readonly EditName[], ctx: EditContext): Paragraphs {
  const order: EditName[] = ['headline', 'truncation', 'word-edits', 'typography', 'boilerplate'];
  return order.filter((e) => edits.includes(e)).reduce((acc, e) => EDITS[e](acc, ctx), p);
}

/** A copy's edits: one alone for a share of copies (to measure each edit by itself), else two to four drawn at EDIT_RATES. */
export function drawEdits(rng: Rng, singleShare: number): EditName[] {
  const count = rng.chance(singleShare) ? 1 : rng.pick([2, 2, 2, 3, 3, 4]);
  const chosen: EditName[] = [];
  while (chosen.length < count) {
    const left = EDIT_NAMES.filter((e) => !chosen.includes(e));
    const total = left.reduce((n, e) => n + EDIT_RATES[e], 0);
    let r = rng.next() * total;
    const pick = left.find((e) => (r -= EDIT_RATES[e]) < 0) ?? left[left.length - 1];
    chosen.push(pick);
  }
  return EDIT_NAMES.filter((e) => chosen.includes(e));
}
