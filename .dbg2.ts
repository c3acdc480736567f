import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInboxFile } from '@newsflow/text';
const dir = '/tmp/devpages/trafilatura/tests';
const cases = Object.values(JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8'))) as { file: string }[];
for (const c of cases) {
  let bytes: Buffer; try { bytes = readFileSync(join(dir, 'eval', c.file)); } catch { continue; }
  const o = parseInboxFile('p.html', bytes, { maxBytes: 1e8 });
  if (o.articles.length === 0) console.log(c.file, JSON.stringify(o.rejections));
}
