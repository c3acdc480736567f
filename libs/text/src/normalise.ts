import { createHash } from 'node:crypto';

const QUOTE_VARIANTS = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTE_VARIANTS = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASH_VARIANTS = /[\u2010-\u2015\u2212]/g;

/**
 * The comparison form of a text: NFKC, case-folded, quote and dash styles unified and whitespace
 * collapsed. Two bodies that differ only in typography normalise to the same string.
 */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTE_VARIANTS, "'")
    .replace(DOUBLE_QUOTE_VARIANTS, '"')
    .replace(DASH_VARIANTS, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The exact-duplicate key of a body. */
export function bodyHash(body: string): string {
  return sha256Hex(normaliseForComparison(body));
}
