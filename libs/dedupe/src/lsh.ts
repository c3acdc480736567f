import { fmix32 } from './hash32';

/**
 * One LSH band key: the band number in the high bits and a 32-bit hash of that band's rows in the
 * low 32, so a key is a safe integer that fits a Postgres bigint column and two bands never collide.
 */
export type BandKey = number;

const TWO_POW_32 = 0x1_0000_0000;

export function bandKeys(signature: Uint32Array, bands: number, rows: number): BandKey[] {
  if (signature.length !== bands * rows) throw new Error(`signature has ${signature.length} values, bands×rows is ${bands * rows}`);
  const keys: BandKey[] = new Array(bands);
  for (let band = 0; band < bands; band++) {
    let h = band;
    for (let r = 0; r < rows; r++) h = fmix32(Math.imul(h, 0x01000193) ^ signature[band * rows + r]);
    keys[band] = band * TWO_POW_32 + h;
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
