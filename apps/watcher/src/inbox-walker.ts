import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isTemporaryOrHiddenName } from '@newsflow/text';

/**
 * Every candidate file below the inbox (nested folders too), as paths relative to it. A folder is listed
 * in one call: an entry-by-entry directory iterator costs a promise per file on a 100,000-file scan.
 */
export async function* walkInbox(root: string, relDir = ''): AsyncGenerator<string> {
  const entries = await readdir(relDir ? join(root, relDir) : root, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
    if (isTemporaryOrHiddenName(rel)) continue;
    if (entry.isDirectory()) yield* walkInbox(root, rel);
    else if (entry.isFile() || entry.isSymbolicLink()) yield rel;
  }
}
