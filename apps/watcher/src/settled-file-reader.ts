import { closeSync, constants, fstatSync, lstatSync, openSync, readFile, readSync, realpathSync } from 'node:fs';
import { sep } from 'node:path';
import { promisify } from 'node:util';

const readWholeFile = promisify(readFile);

/** Files up to this size are read with blocking calls: microseconds each, against a thread-pool hop per call. */
const BLOCKING_READ_MAX_BYTES = 1 << 20;

export type SettledRead =
  | { kind: 'gone' }
  | { kind: 'not-ready' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'symlink-outside'; mtimeMs: number; target: string | null }
  | { kind: 'too-large'; size: number; mtimeMs: number }
  | { kind: 'read'; bytes: Buffer; mtimeMs: number };

/**
 * Reads a file only if it still has the size and mtime it was judged stable with, and only if it lives
 * inside the inbox (a symlink may point elsewhere). One open descriptor is checked and read, so a file
 * replaced between the check and the read is seen as not ready rather than read half-way.
 */
export async function readSettledFile(
  full: string,
  root: string,
  observed: { size: number; mtimeMs: number },
  maxBytes: number,
): Promise<SettledRead> {
  let fd: number;
  try {
    const link = lstatSync(full);
    if (link.isSymbolicLink()) {
      const target = safeRealpath(full);
      if (!target || !(target === root || target.startsWith(root + sep))) return { kind: 'symlink-outside', mtimeMs: link.mtimeMs, target };
    }
    // Non-blocking, so a FIFO swapped in under a file's name cannot stall the watcher in open().
    fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return openFailure(error);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { kind: 'gone' };
    if (info.size !== observed.size || info.mtimeMs !== observed.mtimeMs) return { kind: 'not-ready' };
    if (info.size > maxBytes) return { kind: 'too-large', size: info.size, mtimeMs: info.mtimeMs };
    // The large path reads the same descriptor too, so it reads the file that was checked, not a replacement.
    const bytes = info.size <= BLOCKING_READ_MAX_BYTES ? readBlocking(fd, info.size) : await readWholeFile(fd).catch(() => null);
    if (!bytes) return { kind: 'gone' };
    if (bytes.length !== info.size) return { kind: 'not-ready' }; // replaced or truncated while being read
    return { kind: 'read', bytes, mtimeMs: info.mtimeMs };
  } catch {
    return { kind: 'gone' };
  } finally {
    closeSync(fd);
  }
}

/** Reads `size` bytes, one byte more to notice a file that grew; a shorter or longer result means not ready. */
function readBlocking(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size + 1);
  let total = 0;
  for (;;) {
    const n = readSync(fd, buffer, total, buffer.length - total, total);
    if (n === 0) break;
    total += n;
    if (total === buffer.length) break;
  }
  return buffer.subarray(0, total);
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** Why a file that was just listed cannot be opened: gone (deleted or renamed meanwhile) or unreadable for now. */
export function openFailure(error: unknown): SettledRead {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'unreadable', reason: 'permission denied' };
  if (code === 'EMFILE' || code === 'ENFILE' || code === 'EIO' || code === 'EBUSY') return { kind: 'unreadable', reason: `the system refused to open it (${code})` };
  return { kind: 'gone' };
}
