import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseInboxFile, splitBoilerplate } from '@newsflow/text';
import { domToText } from './libs/text/src/formats/html-to-text';
const dir = '/tmp/devpages/readability/test/test-pages';
const counts: Record<string, number> = {};
const examples: Record<string, string[]> = {};
for (const c of readdirSync(dir)) {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${readFileSync(join(dir, c, 'expected.html'), 'utf8')}</body></html>`);
  const truth = domToText(document.body as never).replace(/\s+/g, ' ');
  const a = parseInboxFile('p.html', readFileSync(join(dir, c, 'source.html')), { maxBytes: 1e8 }).articles[0];
  if (!a) continue;
  const split = splitBoilerplate(a.text, { title: a.title, extractedFromHtml: true });
  for (const l of split.boilerplateLines) {
    const t = l.text.trim().replace(/\s+/g, ' ');
    if (truth.includes(t)) { counts[l.reason] = (counts[l.reason] ?? 0) + 1; (examples[l.reason] ??= []).push(`${c}: ${t.slice(0, 100)}`); }
  }
  if (split.headline && !truth.includes(split.headline.text.trim()) ) {} 
}
console.log(counts);
for (const [r, ex] of Object.entries(examples)) { console.log('==', r); for (const e of ex.slice(0, 25)) console.log('  ', e); }
