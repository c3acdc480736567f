import { windows1252ByteToString } from './windows-1252';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Length of the well-formed UTF-8 sequence starting at i (2–4), or 0 when the bytes there are not one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  const isCont = (k: number): boolean => i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
  const inRange = (k: number, lo: number, hi: number): boolean => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (lead >= 0xc2 && lead <= 0xdf) return isCont(1) ? 2 : 0;
  if (lead === 0xe0) return inRange(1, 0xa0, 0xbf) && isCont(2) ? 3 : 0;
  if (lead === 0xed) return inRange(1, 0x80, 0x9f) && isCont(2) ? 3 : 0;
  if (lead >= 0xe1 && lead <= 0xef) return isCont(1) && isCont(2) ? 3 : 0;
  if (lead === 0xf0) return inRange(1, 0x90, 0xbf) && isCont(2) && isCont(3) ? 4 : 0;
  if (lead >= 0xf1 && lead <= 0xf3) return isCont(1) && isCont(2) && isCont(3) ? 4 : 0;
  if (lead === 0xf4) return inRange(1, 0x80, 0x8f) && isCont(2) && isCont(3) ? 4 : 0;
  return 0;
}

export interface MixedDecoding {
  text: string;
  /** Well-formed multi-byte UTF-8 sequences found: 0 means the file is plain Windows-1252. */
  utf8Sequences: number;
  /** Bytes that were not UTF-8 and were read as Windows-1252. */
  windows1252Bytes: number;
}

/**
 * Reads well-formed UTF-8 sequences as UTF-8 and every other byte as Windows-1252. Files pasted
 * together from a UTF-8 and a legacy source keep both halves readable instead of one turning to mojibake.
 */
export function decodeMixedUtf8(bytes: Uint8Array): MixedDecoding {
  const parts: string[] = [];
  let runStart = 0;
  let utf8Sequences = 0;
  let windows1252Bytes = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      utf8Sequences++;
      i += length;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(runStart, i)), windows1252ByteToString(bytes[i]));
    windows1252Bytes++;
    i++;
    runStart = i;
  }
  parts.push(utf8.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), utf8Sequences, windows1252Bytes };
}
