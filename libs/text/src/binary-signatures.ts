/** File signatures ("magic numbers") of binary formats people most often drop by mistake. */
interface BinarySignature {
  name: string;
  offset: number;
  bytes: number[];
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: BinarySignature[] = [
  { name: 'PDF document', offset: 0, bytes: ascii('%PDF-') },
  { name: 'PNG image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', offset: 0, bytes: ascii('GIF8') },
  { name: 'WebP image', offset: 8, bytes: ascii('WEBP') },
  { name: 'TIFF image', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ZIP archive (or .docx/.xlsx/.epub)', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive (or .docx/.xlsx/.epub)', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'GZIP archive', offset: 0, bytes: [0x1f, 0x8b] },
  { name: 'bzip2 archive', offset: 0, bytes: [...ascii('BZh'), -1, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: 'xz archive', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'Zstandard archive', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7-Zip archive', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', offset: 0, bytes: ascii('Rar!\x1a\x07') },
  { name: 'ELF executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Microsoft Office (OLE) document', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'SQLite database', offset: 0, bytes: ascii('SQLite format 3\0') },
  { name: 'WebAssembly module', offset: 0, bytes: ascii('\0asm') },
  { name: 'MP4/QuickTime video', offset: 4, bytes: ascii('ftyp') },
  { name: 'MP3 audio', offset: 0, bytes: ascii('ID3') },
  { name: 'Ogg media', offset: 0, bytes: ascii('OggS') },
];

/** -1 in a signature matches any byte (e.g. bzip2's block-size digit). */
function matches(bytes: Uint8Array, signature: BinarySignature): boolean {
  if (bytes.length < signature.offset + signature.bytes.length) return false;
  return signature.bytes.every((b, i) => b === -1 || bytes[signature.offset + i] === b);
}

/** The name of the binary format the bytes start with, or null. */
export function detectBinarySignature(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => matches(bytes, s))?.name ?? null;
}

const CONTROL_SAMPLE_BYTES = 64 * 1024;
const MAX_CONTROL_SHARE = 0.1;
/**
 * Real binaries without a known signature are full of zero bytes (padding, small integers); a saved
 * web page or text file may carry a stray NUL or a few (a broken CMS, a truncated write). Up to this
 * share of the sample, NULs are dropped and the text is read.
 */
const MAX_STRAY_NUL_SHARE = 0.05;

/** True when the NULs among the first 64 KB are few enough to be stray bytes in a text. */
export function hasOnlyStrayNuls(content: Uint8Array | string): boolean {
  const sampleLength = Math.min(content.length, CONTROL_SAMPLE_BYTES);
  const unitAt = typeof content === 'string' ? (i: number) => content.charCodeAt(i) : (i: number) => content[i];
  let nuls = 0;
  for (let i = 0; i < sampleLength; i++) if (unitAt(i) === 0) nuls++;
  return sampleLength > 0 && nuls / sampleLength <= MAX_STRAY_NUL_SHARE;
}

/** Text may hold tab, LF, VT, FF, CR and ESC; any other C0 control is a sign of binary data. */
function isBinaryControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b;
}

/**
 * Why a decoded text looks binary ("holds NUL bytes", "mostly control characters"), or null.
 * Only the first 64 KB is sampled. The caller drops stray NULs first (see hasOnlyStrayNuls).
 */
export function binaryContentReason(text: string): string | null {
  if (text.includes('\0')) return 'binary content (holds NUL bytes)';
  const sampleLength = Math.min(text.length, CONTROL_SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sampleLength; i++) if (isBinaryControl(text.charCodeAt(i))) controls++;
  if (sampleLength > 0 && controls / sampleLength > MAX_CONTROL_SHARE) {
    return `binary content (${Math.round((100 * controls) / sampleLength)}% control characters)`;
  }
  return null;
}
