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
    const c = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** The shape with runs collapsed to one character: "Xx", "X.X.", "dd" → "d". */
export function shortShape(shape: string): string {
  let out = '';
  for (const c of shape) if (out[out.length - 1] !== c) out += c;
  return out;
}

/** Feature strings contributed by `word` in one slot. */
export function slotFeatures(slot: Slot, word: string, gazetteer: Gazetteer): string[] {
  if (word === BOS || word === EOS) return [`${slot}|${word}`];
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const short = shortShape(shape);
  const classes = gazetteer.get(lower) ?? NONE;
  const f: string[] = [];
  switch (slot) {
    case '0':
      f.push('b', 'w=' + word, 'l=' + lower, 's=' + shape, 'ss=' + short);
      for (let n = 1; n <= 4 && n < word.length; n++) f.push(`p${n}=${word.slice(0, n)}`, `x${n}=${lower.slice(-n)}`);
      for (const c of classes) f.push('g=' + c);
      if (word.includes('-')) f.push('hy', 'hy=' + lower.slice(0, lower.indexOf('-')));
      if (classes.length > 1) f.push('gg=' + classes.join('+'));
      break;
    case 'F':
      f.push('F', 'F|l=' + lower, 'F|ss=' + short);
      for (const c of classes) f.push('F|g=' + c);
      break;
    case 'C':
      f.push('C', 'C|l=' + lower, 'C|x3=' + lower.slice(-3));
      for (const c of classes) f.push('C|g=' + c);
      break;
    case '-1':
    case '+1':
      f.push(`${slot}l=${lower}`, `${slot}ss=${short}`);
      for (const c of classes) f.push(`${slot}g=${c}`);
      break;
    default:
      f.push(`${slot}l=${lower}`, `${slot}ss=${short}`);
  }
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
