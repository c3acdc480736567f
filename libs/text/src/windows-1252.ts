/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has typographic characters (curly
 * quotes, dashes, €). Node's TextDecoder('windows-1252') maps that range to C1 controls on some ICU
 * builds, so the table is spelled out here. The five bytes Windows-1252 leaves undefined keep their
 * Latin-1 (C1) code points, as the WHATWG decoder does.
 */
const HIGH_CONTROL_RANGE_TO_WINDOWS_1252 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

const C1_RANGE = /[\u0080-\u009f]/g;

function windows1252Char(c1: string): string {
  return String.fromCharCode(HIGH_CONTROL_RANGE_TO_WINDOWS_1252[c1.charCodeAt(0) - 0x80]);
}

/** One Windows-1252 byte as a string. */
export function windows1252ByteToString(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? windows1252Char(String.fromCharCode(byte)) : String.fromCharCode(byte);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(C1_RANGE, windows1252Char);
}
