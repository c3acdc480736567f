import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The first candidate that exists: a path as given, or a bare name found in a folder of PATH (as that path). */
export function findBinary(candidates: string[], path = process.env.PATH ?? ''): string | null {
  for (const c of candidates) {
    if (c.includes('/')) {
      if (existsSync(c)) return c;
      continue;
    }
    const dir = path.split(':').find((d) => d && existsSync(resolve(d, c)));
    if (dir) return resolve(dir, c);
  }
  return null;
}
