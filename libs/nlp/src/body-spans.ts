export interface CharRange {
  start: number;
  end: number;
}

/** A boilerplate line as stored with its article; rows stored before reasons were kept have none. */
export interface BoilerplateRange extends CharRange {
  reason?: string;
}

/**
 * The items that start in the article body, not in a boilerplate range (related-post headlines,
 * captions, share prompts). Extraction runs on the whole text so offsets stay true; this keeps only
 * what the article itself says. Linear: both lists are walked once in start order.
 */
export function inBody<T extends CharRange>(items: readonly T[], boilerplate: readonly CharRange[]): T[] {
  if (boilerplate.length === 0) return [...items];
  const ranges = [...boilerplate].sort((a, b) => a.start - b.start);
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.start - b.item.start);
  const keep = new Array<boolean>(items.length).fill(true);
  let r = 0;
  for (const { item, index } of order) {
    while (r < ranges.length && ranges[r].end <= item.start) r++;
    if (r < ranges.length && ranges[r].start <= item.start) keep[index] = false;
  }
  return items.filter((_, i) => keep[i]);
}

/** The text with each range replaced by as many spaces: what lies outside keeps its offsets. */
export function maskRanges(text: string, ranges: readonly CharRange[]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    parts.push(text.slice(at, from), ' '.repeat(end - from));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
