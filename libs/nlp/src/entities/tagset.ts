/** Internal BIO tag set. MISC is learned (CoNLL annotates it) so its spans are not mistaken for others, but never emitted. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const K = TAGS.length;
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/** Whether tag `to` may follow tag `from` (-1 = sentence start): an I- tag continues only its own type. */
export function allowed(from: number, to: number): boolean {
  const t = TAGS[to];
  if (t[0] !== 'I') return true;
  if (from < 0) return false;
  const f = TAGS[from];
  return f !== 'O' && f.slice(2) === t.slice(2);
}

/** CoNLL IOB1 (B- only between adjacent same-type entities) to IOB2 (every entity starts with B-). */
export function iob1ToIob2(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = i > 0 ? tags[i - 1] : 'O';
    return prev === 'O' || prev.slice(2) !== tag.slice(2) ? 'B-' + tag.slice(2) : tag;
  });
}
