import { opendir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isTemporaryOrHiddenName } from '@newsflow/text';

/** Every candidate file below the inbox (nested folders too), as paths relative to it. */
export async function* walkInbox(root: string, dir = root): AsyncGenerator<string> {
  let handle;
  try {
    handle = await opendir(dir);
  } catch {
    return;
  }
  for await (const entry of handle) {
    const full = join(dir, entry.name);
    const rel = relative(root, full).split(sep).join('/');
    if (isTemporaryOrHiddenName(rel)) continue;
    if (entry.isDirectory()) yield* walkInbox(root, full);
    else if (entry.isFile() || entry.isSymbolicLink()) yield rel;
  }
}
