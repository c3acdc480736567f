/**
 * Feature templates of the NER tagger. Every feature depends on one word type and on the slot the word
 * fills relative to the tagged token, so the runtime can sum a word's weights once per slot and cache them
 * (see tagger.ts); training (perceptron.ts) uses the very same strings.
 */
export const SLOTS = ['0', 'F', 'C', '-1', '+1', '-2', '+2'] as const;
export type Slot = (typeof SLOTS)[number];
export const SLOT_INDEX = { self: 0, first: 1, caps: 2, prev1: 3, next1: 4, prev2: 5, next2: 6 } as const;
export const BOS = '<S>';
export const EOS = '</S>';

/** Word → gazetteer classes (first names, countries, common lower-case words, ...). */
export type Gazetteer = ReadonlyMap<string, readonly string[]>;

const NONE: readonly string[] = [];

/** Xxxx-style shape with each run of one character class capped at four. */
export function wordShape(word: string): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    const c = code < 128 ? ASCII_SHAPE[code] : shapeOf(ch);
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run <= 4) out += c;
  }
  return out;
}

function shapeOf(ch: string): string {
  return ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
}

// Shapes of ASCII characters, looked up rather than case-converted: shapes are computed for every new word.
const ASCII_SHAPE = Array.from({ length: 128 }, (_, code) => shapeOf(String.fromCharCode(code)));

/** The shape with runs collapsed to one character: "Xx", "X.X.", "dd" → "d". */
export function shortShape(shape: string): string {
  let out = '';
  // The last code unit of `out`: a character outside the BMP never equals it, so its runs stay uncollapsed.
  let last: string | undefined;
  for (const c of shape) {
    if (last === c) continue;
    out += c;
    last = c.length === 1 ? c : c[c.length - 1];
  }
  return out;
}

/** What the features of a word depend on, computed once per word for all slots. */
export interface WordInfo {
  word: string;
  lower: string;
  shape: string;
  short: string;
  classes: readonly string[];
  /** BOS or EOS: the padding words have a single feature per slot. */
  padding: boolean;
}

export function describeWord(word: string, gazetteer: Gazetteer): WordInfo {
  if (word === BOS || word === EOS) return { word, lower: word, shape: '', short: '', classes: NONE, padding: true };
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  return { word, lower, shape, short: shortShape(shape), classes: gazetteer.get(lower) ?? NONE, padding: false };
}

/**
 * A feature is `name=value`, or `name` alone when the value is null. Visiting names and values apart
 * lets the tagger look weights up by name and then by a value string shared across names, without
 * building the feature strings.
 */
export type FeatureVisitor = (name: string, value: string | null) => void;

const PREFIX_NAMES = ['', 'p1', 'p2', 'p3', 'p4'];
// Context slots name their features after the slot ("-1l", "+2ss"); built once, not per word.
const CONTEXT_NAMES = new Map(SLOTS.map((slot) => [slot, { lower: `${slot}l`, short: `${slot}ss`, classes: `${slot}g` }]));
const SUFFIX_NAMES = ['', 'x1', 'x2', 'x3', 'x4'];

/** The features `word` contributes in one slot, in a fixed order. */
export function visitSlotFeatures(slot: Slot, info: WordInfo, visit: FeatureVisitor): void {
  const { word, lower, shape, short, classes } = info;
  if (info.padding) {
    visit(`${slot}|${word}`, null);
    return;
  }
  switch (slot) {
    case '0':
      visit('b', null);
      visit('w', word);
      visit('l', lower);
      visit('s', shape);
      visit('ss', short);
      for (let n = 1; n <= 4 && n < word.length; n++) {
        visit(PREFIX_NAMES[n], word.slice(0, n));
        visit(SUFFIX_NAMES[n], lower.slice(-n));
      }
      for (const c of classes) visit('g', c);
      if (word.includes('-')) {
        visit('hy', null);
        visit('hy', lower.slice(0, lower.indexOf('-')));
      }
      if (classes.length > 1) visit('gg', classes.join('+'));
      break;
    case 'F':
      visit('F', null);
      visit('F|l', lower);
      visit('F|ss', short);
      for (const c of classes) visit('F|g', c);
      break;
    case 'C':
      visit('C', null);
      visit('C|l', lower);
      visit('C|x3', lower.slice(-3));
      for (const c of classes) visit('C|g', c);
      break;
    case '-1':
    case '+1': {
      const names = CONTEXT_NAMES.get(slot)!;
      visit(names.lower, lower);
      visit(names.short, short);
      for (const c of classes) visit(names.classes, c);
      break;
    }
    default: {
      const names = CONTEXT_NAMES.get(slot)!;
      visit(names.lower, lower);
      visit(names.short, short);
    }
  }
}

/** Feature strings contributed by `word` in one slot (training names features by these strings). */
export function slotFeatures(slot: Slot, word: string, gazetteer: Gazetteer): string[] {
  const f: string[] = [];
  visitSlotFeatures(slot, describeWord(word, gazetteer), (name, value) => f.push(value === null ? name : `${name}=${value}`));
  return f;
}

/** All feature strings of token i of a sentence (words as the tagger sees them). */
export function tokenFeatures(words: readonly string[], i: number, capsLine: boolean, gazetteer: Gazetteer): string[] {
  const at = (j: number) => (j < 0 ? BOS : j >= words.length ? EOS : words[j]);
  const f = slotFeatures('0', words[i], gazetteer);
  if (i === 0) f.push(...slotFeatures('F', words[i], gazetteer));
  if (capsLine) f.push(...slotFeatures('C', words[i], gazetteer));
  f.push(...slotFeatures('-1', at(i - 1), gazetteer), ...slotFeatures('+1', at(i + 1), gazetteer));
  f.push(...slotFeatures('-2', at(i - 2), gazetteer), ...slotFeatures('+2', at(i + 2), gazetteer));
  return f;
}

/** A line with no lower-case letter and at least two words: CoNLL headlines ("JAPAN GET LUCKY WIN"). */
export function isCapsLine(words: readonly string[]): boolean {
  let cased = 0;
  for (const w of words) {
    let upper = false;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) upper = true;
      else if (c > 127) {
        const ch = w[i];
        if (ch.toUpperCase() !== ch) return false;
        if (ch.toLowerCase() !== ch) upper = true;
      }
    }
    if (upper) cased++;
  }
  return cased >= 2;
}
