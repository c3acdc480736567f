import type { ParseLimits, Rejection } from './outcome';

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** "812 bytes", "3.5 KB", "250 MB": binary units, at most one decimal. */
export function formatByteSize(bytes: number): string {
  const [value, unit] = bytes >= GB ? [bytes / GB, 'GB'] : bytes >= MB ? [bytes / MB, 'MB'] : bytes >= KB ? [bytes / KB, 'KB'] : [bytes, 'bytes'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

/**
 * The rejection for a file over the limit, or null. Exported so the watcher can refuse a large file
 * from its stat() size without reading it.
 */
export function sizeRejection(sizeBytes: number, limits: ParseLimits): Rejection | null {
  if (sizeBytes <= limits.maxBytes) return null;
  return {
    recordIndex: null,
    code: 'too-large',
    reason: `file is ${formatByteSize(sizeBytes)}, over the ${formatByteSize(limits.maxBytes)} limit`,
  };
}
