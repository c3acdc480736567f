import { binaryContentReason, detectBinarySignature, hasOnlyStrayNuls } from './binary-signatures';
import { decodeMixedUtf8 } from './mixed-utf8';
import { decodeWindows1252 } from './windows-1252';

/** How the bytes were read. "-nobom" means UTF-16 recognised from its zero-byte pattern alone. */
export type TextEncodingName =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'utf-16le-nobom'
  | 'utf-16be-nobom'
  | 'windows-1252'
  | 'utf-8+windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; code: 'binary' | 'encoding'; reason: string };

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE_FATAL = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const UTF16BE_FATAL = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

const UTF16_SNIFF_BYTES = 4096;

/**
 * UTF-16 without a BOM shows as ASCII with a zero byte beside every character. Recognising that
 * pattern turns what would be a "NUL bytes" rejection into a readable file.
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | null {
  const length = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (length < 4 || bytes.length % 2 !== 0) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = length / 2;
  if (zeroOdd >= 0.9 * pairs && zeroEven === 0) return 'le';
  if (zeroEven >= 0.9 * pairs && zeroOdd === 0) return 'be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be', encoding: TextEncodingName): DecodeResult {
  if (bytes.length % 2 !== 0) {
    return { ok: false, code: 'encoding', reason: `invalid UTF-16${order.toUpperCase()}: odd number of bytes` };
  }
  try {
    return checked((order === 'le' ? UTF16LE_FATAL : UTF16BE_FATAL).decode(bytes), encoding);
  } catch {
    return { ok: false, code: 'encoding', reason: `invalid UTF-16${order.toUpperCase()}: unpaired surrogate` };
  }
}

const NUL_CHARS = /\0/g;

function checked(decoded: string, encoding: TextEncodingName): DecodeResult {
  const text = decoded.includes('\0') && hasOnlyStrayNuls(decoded) ? decoded.replace(NUL_CHARS, '') : decoded;
  const binaryReason = binaryContentReason(text);
  return binaryReason ? { ok: false, code: 'binary', reason: binaryReason } : { ok: true, text, encoding };
}

function decodeUtf8OrLegacy(bytes: Uint8Array, bomEncoding: 'utf-8' | 'utf-8-bom'): DecodeResult {
  try {
    return checked(UTF8_FATAL.decode(bytes), bomEncoding);
  } catch {
    const mixed = decodeMixedUtf8(bytes);
    if (mixed.utf8Sequences === 0) return checked(decodeWindows1252(bytes), 'windows-1252');
    return checked(mixed.text, 'utf-8+windows-1252');
  }
}

/**
 * Bytes → text. UTF-8 (BOM stripped), UTF-16 LE/BE (by BOM, or by zero-byte pattern), and
 * Windows-1252 for bytes that are not UTF-8 (byte by byte when a file mixes both). Binary data —
 * known file signatures, NUL bytes, mostly control characters — is refused with a readable reason.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const signature = detectBinarySignature(bytes);
  if (signature) return { ok: false, code: 'binary', reason: `binary file (${signature})` };
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, code: 'encoding', reason: 'UTF-32 text is not supported; save it as UTF-8' };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8OrLegacy(bytes.subarray(3), 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'le', 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'be', 'utf-16be');
  if (bytes.indexOf(0) !== -1) {
    const order = sniffUtf16WithoutBom(bytes);
    if (order) return decodeUtf16(bytes, order, order === 'le' ? 'utf-16le-nobom' : 'utf-16be-nobom');
    if (!hasOnlyStrayNuls(bytes)) return { ok: false, code: 'binary', reason: 'binary content (holds NUL bytes)' };
    return decodeUtf8OrLegacy(bytes.filter((b) => b !== 0), 'utf-8');
  }
  return decodeUtf8OrLegacy(bytes, 'utf-8');
}
