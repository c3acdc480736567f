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
