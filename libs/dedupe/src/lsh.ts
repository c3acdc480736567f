import { fmix32 } from './hash32';

/**
 * One LSH band key: the band number in the high bits and a 32-bit hash of that band's rows in the
 * low 32, so a key is a safe integer that fits a Postgres bigint column and two bands never collide.
 */
export type BandKey = number;

const TWO_POW_32 = 0x1_0000_0000;

/**
 * Keys of the first `count` bands of a signature (all by default), numbered from `firstBand` on: the
 * lede's bands take numbers after the whole body's, so the two kinds of key never collide.
 */
export function bandKeys(signature: Uint32Array, bands: number, rows: number, options: { count?: number; firstBand?: number } = {}): BandKey[] {
  if (signature.length !== bands * rows) throw new Error(`signature has ${signature.length} values, bands×rows is ${bands * rows}`);
  const count = Math.min(bands, options.count ?? bands);
  const firstBand = options.firstBand ?? 0;
  const keys: BandKey[] = new Array(count);
  for (let i = 0; i < count; i++) {
    let h = firstBand + i;
    for (let r = 0; r < rows; r++) h = fmix32(Math.imul(h, 0x01000193) ^ signature[i * rows + r]);
    keys[i] = (firstBand + i) * TWO_POW_32 + h;
  }
  return keys;
}

/** Probability that two bodies of Jaccard similarity s share at least one band key. */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}

/** The similarity at which the candidate probability curve is steepest, ≈ (1/bands)^(1/rows). */
export function lshThreshold(bands: number, rows: number): number {
  return Math.pow(1 / bands, 1 / rows);
}
