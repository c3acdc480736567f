import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The static UI lives in apps/query/ui; found from the sources (tsx, jest) and from dist/apps/query/src alike. */
export function uiDirectory(): string {
  const candidates = [resolve(__dirname, '../../ui'), resolve(__dirname, '../../../../../apps/query/ui'), resolve(process.cwd(), 'apps/query/ui')];
  const found = candidates.find((dir) => existsSync(resolve(dir, 'index.html')));
  if (!found) throw new Error(`query UI assets not found (looked in ${candidates.join(', ')})`);
  return found;
}
