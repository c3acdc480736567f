import { captionLine, footerLines, headerLines, outletName } from './furniture';
import { Rng } from './rng';

/** An article as paragraphs; the first is its headline. */
export type Paragraphs = string[];

export type EditName = 'boilerplate' | 'typography' | 'drop-paragraphs' | 'trim' | 'word-edits' | 'headline';
export const EDIT_NAMES: readonly EditName[] = ['boilerplate', 'typography', 'drop-paragraphs', 'trim', 'word-edits', 'headline'];

export interface EditContext {
  rng: Rng;
  /** Headlines of other articles, for related-post lists. */
  otherHeadlines: readonly string[];
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function addBoilerplate(p: Paragraphs, { rng, otherHeadlines }: EditContext): Paragraphs {
  const outlet = outletName(rng);
  const body = [...p];
  if (rng.chance(0.5)) body.splice(Math.min(body.length, rng.int(1, 2)), 0, captionLine(rng));
  return [...headerLines(rng, outlet), ...body, ...footerLines(rng, outlet, otherHeadlines)];
}

function changeTypography(p: Paragraphs, { rng }: EditContext): Paragraphs {
  const toStraight = rng.chance(0.5);
  return p.map((para) => {
    let s = toStraight
      ? para.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/—/g, '--')
      : para.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’').replace(/ -- /g, ' — ');
    if (rng.chance(0.3)) s = s.replace(/ /g, () => (rng.chance(0.05) ? '\u00a0' : rng.chance(0.05) ? '  ' : ' '));
    return s;
  });
}

/** Drops one or two body paragraphs, never more than a quarter of the words. */
function dropParagraphs(p: Paragraphs, { rng }: EditContext): Paragraphs {
  if (p.length < 5) return p;
  const total = p.reduce((n, s) => n + words(s), 0);
  const out = [...p];
  let dropped = 0;
  for (let k = rng.int(1, 2); k > 0 && out.length > 4; k--) {
    const i = rng.int(1, out.length - 1);
    if (dropped + words(out[i]) > total / 4) break;
    dropped += words(out[i]);
    out.splice(i, 1);
  }
  return out;
}

/** Cuts the article's tail (syndication often keeps only the first part) or a paragraph's last sentence. */
function trim(p: Paragraphs, { rng }: EditContext): Paragraphs {
  if (rng.chance(0.5) && p.length >= 6) return p.slice(0, Math.max(4, Math.ceil(p.length * (0.65 + 0.25 * rng.next()))));
  return p.map((para, i) => {
    if (i === 0 || !rng.chance(0.3)) return para;
    const sentences = para.match(/[^.!?]+[.!?]+["”’]?\s*/g);
    return sentences && sentences.length > 1 ? sentences.slice(0, -1).join('').trim() : para;
  });
}

const REPLACEMENTS: Record<string, string> = {
  said: 'says', says: 'said', told: 'informed', also: 'further', but: 'however', big: 'large', Monday: 'Tuesday', percent: '%',
};

/** About one word in sixty replaced, deleted or inserted. */
function editWords(p: Paragraphs, { rng }: EditContext): Paragraphs {
  return p.map((para, i) => {
    if (i === 0) return para;
    return para
      .split(' ')
      .flatMap((w) => {
        if (!rng.chance(1 / 60)) return [w];
        const r = rng.next();
        if (r < 0.4) return [REPLACEMENTS[w] ?? rng.pick(['new', 'recent', 'key', 'local', 'major'])];
        if (r < 0.7) return [];
        return [w, rng.pick(['reportedly', 'also', 'now', 'then'])];
      })
      .join(' ');
  });
}

function newHeadline(p: Paragraphs, { rng }: EditContext): Paragraphs {
  const old = p[0].replace(/[.]$/, '').split(' ');
  const kept = old.filter(() => rng.chance(0.6));
  const headline = `${rng.pick(['UPDATE:', 'Analysis:', 'Exclusive:', 'WATCH:', ''])} ${kept.join(' ')} ${rng.pick(['– report', 'as tensions grow', '', 'amid criticism'])}`;
  return [headline.replace(/\s+/g, ' ').trim(), ...p.slice(1)];
}

const EDITS: Record<EditName, (p: Paragraphs, ctx: EditContext) => Paragraphs> = {
  boilerplate: addBoilerplate,
  typography: changeTypography,
  'drop-paragraphs': dropParagraphs,
  trim,
  'word-edits': editWords,
  headline: newHeadline,
};

/** Applies the edits in a fixed order so furniture is added last, around the edited text. */
export function applyEdits(p: Paragraphs, edits: readonly EditName[], ctx: EditContext): Paragraphs {
  const order: EditName[] = ['headline', 'drop-paragraphs', 'trim', 'word-edits', 'typography', 'boilerplate'];
  return order.filter((e) => edits.includes(e)).reduce((acc, e) => EDITS[e](acc, ctx), p);
}
