/** Share of signature positions where two MinHash signatures agree: an unbiased Jaccard estimate. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error(`signature lengths differ: ${a.length} vs ${b.length}`);
  if (a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Sorted, duplicate-free copy: the stored form of a shingle set. */
export function sortedUnique(values: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.slice(0, n);
}

/** Size of the intersection of two sorted, duplicate-free sets. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

export interface SetOverlap {
  jaccard: number;
  /** Share of the smaller set found in the larger one. */
  containment: number;
  smallerSize: number;
}

/** Exact overlap of two sorted, duplicate-free shingle sets. */
export function exactOverlap(a: Uint32Array, b: Uint32Array): SetOverlap {
  const shared = intersectionSize(a, b);
  const union = a.length + b.length - shared;
  const smallerSize = Math.min(a.length, b.length);
  return {
    jaccard: union ? shared / union : 0,
    containment: smallerSize ? shared / smallerSize : 0,
    smallerSize,
  };
}

function has(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === value) return true;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Words of a body (given as its shingles in text order, `size` words each) that lie in a run of at least
 * `minRun` consecutive shingles also found in `other` (sorted, duplicate-free): text the two share
 * verbatim, at least size + minRun - 1 words at a time. A word edit breaks the shingles around it but
 * leaves the words around it covered, so this barely moves under light editing, while what unrelated
 * texts share is short: common phrases ("one of the", "said in a"), or the fixed words of a template
 * between the names and numbers that change. Each shingle counts at its first occurrence only, so a
 * repeated phrase cannot cover more than once.
 */
export function sharedRunWords(sequence: Uint32Array, size: number, other: Uint32Array, minRun: number): number {
  const n = sequence.length;
  const matched = new Uint8Array(n);
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (seen.has(sequence[i])) continue;
    seen.add(sequence[i]);
    if (has(other, sequence[i])) matched[i] = 1;
  }
  let covered = 0;
  for (let start = 0; start < n; ) {
    if (!matched[start]) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < n && matched[end + 1]) end++;
    const run = end - start + 1;
    if (run >= minRun) covered += run + size - 1;
    start = end + 1;
  }
  return covered;
}
