/**
 * HTML extraction on development pages fetched by the user (never the team's held-out sets):
 *   npm run eval:html -- --readability DIR   Readability's test pages (DIR/<case>/source.html, expected.html,
 *                                            expected-metadata.json): 4-word-shingle P/R/F1 of the body
 *                                            against expected.html, as the scrapinghub benchmark's evaluate.py
 *                                            computes it, per page then averaged; title exact match.
 *   npm run eval:html -- --trafilatura DIR   trafilatura's tests (DIR/evaldata.json and DIR/eval/*.html):
 *                                            snippets that must be in the text and snippets that must not.
 * Both report the extractor's body and the body the dedupe stage stores (boilerplate removed).
 * Add --verbose for the worst pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseInboxFile, splitBoilerplate, type ParsedArticle } from '@newsflow/text';
import { domToText } from '../libs/text/src/formats/html-to-text';

const LIMITS = { maxBytes: 50 * 1024 * 1024 };

function parsePage(bytes: Buffer): ParsedArticle | null {
  return parseInboxFile('page.html', bytes, LIMITS).articles[0] ?? null;
}

/** The body dedupe stores for an HTML article: boilerplate lines and the headline removed. */
function storedBody(article: ParsedArticle): string {
  return splitBoilerplate(article.text, { title: article.title, extractedFromHtml: true }).body;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Set<string> {
  const tokens = text.match(TOKEN) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) set.add(tokens.slice(i, i + n).join(' '));
  return set;
}

/** Per-page precision and recall of 4-word shingles (both 1 when both texts are empty, as evaluate.py does). */
function shinglePR(truth: string, predicted: string): { p: number; r: number } {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  for (const s of p) if (t.has(s)) tp++;
  return { p: p.size ? tp / p.size : t.size ? 0 : 1, r: t.size ? tp / t.size : 1 };
}

const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const fmt = (x: number): string => x.toFixed(3);

function htmlToText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return domToText(document.body as never);
}

function evalReadability(dir: string, verbose: boolean): void {
  const cases = readdirSync(dir).filter((c) => existsSync(join(dir, c, 'source.html')) && existsSync(join(dir, c, 'expected.html')));
  const scores = { extracted: [] as { p: number; r: number }[], stored: [] as { p: number; r: number }[] };
  let titles = 0;
  let rejected = 0;
  const worst: [string, number][] = [];
  for (const c of cases) {
    const truth = htmlToText(readFileSync(join(dir, c, 'expected.html'), 'utf8'));
    const metadata = JSON.parse(readFileSync(join(dir, c, 'expected-metadata.json'), 'utf8')) as { title?: string };
    const article = parsePage(readFileSync(join(dir, c, 'source.html')));
    if (!article) rejected++;
    const extracted = shinglePR(truth, article?.body ?? '');
    const stored = shinglePR(truth, article ? storedBody(article) : '');
    scores.extracted.push(extracted);
    scores.stored.push(stored);
    if (article?.title && metadata.title && article.title.trim() === metadata.title.trim()) titles++;
    worst.push([c, f1(stored.p, stored.r)]);
  }
  report('readability test pages', cases.length, rejected, scores);
  console.log(`  title exact (vs Readability's expected title): ${fmt(titles / cases.length)}`);
  if (verbose) for (const [c, f] of worst.sort((a, b) => a[1] - b[1]).slice(0, 15)) console.log(`  ${fmt(f)} ${c}`);
}

function report(name: string, pages: number, rejected: number, scores: Record<string, { p: number; r: number }[]>): void {
  console.log(`${name}: ${pages} pages, ${rejected} rejected`);
  for (const [kind, list] of Object.entries(scores)) {
    const p = mean(list.map((s) => s.p));
    const r = mean(list.map((s) => s.r));
    console.log(`  ${kind.padEnd(9)} 4-shingle P ${fmt(p)} R ${fmt(r)} F1 ${fmt(f1(p, r))}`);
  }
}

interface SnippetCase {
  file: string;
  with: string[];
  without: string[];
}

function evalTrafilatura(dir: string, verbose: boolean): void {
  const cases = Object.values(JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, SnippetCase>);
  const counts = { extracted: { tp: 0, fn: 0, fp: 0, tn: 0 }, stored: { tp: 0, fn: 0, fp: 0, tn: 0 } };
  let rejected = 0;
  let pages = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const path = join(dir, 'eval', c.file);
    if (!existsSync(path)) continue;
    pages++;
    const article = parsePage(readFileSync(path));
    if (!article) rejected++;
    const texts = { extracted: article?.text ?? '', stored: article ? `${article.title ?? ''}\n${storedBody(article)}` : '' };
    for (const kind of ['extracted', 'stored'] as const) {
      const text = texts[kind].replace(/\s+/g, ' ');
      for (const s of c.with) {
        if (text.includes(s.replace(/\s+/g, ' '))) counts[kind].tp++;
        else {
          counts[kind].fn++;
          if (kind === 'stored' && verbose) misses.push(`missing ${c.file}: ${s.slice(0, 60)}`);
        }
      }
      for (const s of c.without) {
        if (text.includes(s.replace(/\s+/g, ' '))) {
          counts[kind].fp++;
          if (kind === 'stored' && verbose) misses.push(`kept    ${c.file}: ${s.slice(0, 60)}`);
        } else counts[kind].tn++;
      }
    }
  }
  console.log(`trafilatura test pages: ${pages} pages, ${rejected} rejected`);
  for (const [kind, c] of Object.entries(counts)) {
    const p = c.tp / Math.max(1, c.tp + c.fp);
    const r = c.tp / Math.max(1, c.tp + c.fn);
    console.log(`  ${kind.padEnd(9)} snippets P ${fmt(p)} R ${fmt(r)} F1 ${fmt(f1(p, r))} accuracy ${fmt((c.tp + c.tn) / (c.tp + c.tn + c.fp + c.fn))}`);
  }
  if (verbose) for (const m of misses) console.log(`  ${m}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const value = (flag: string): string | null => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] ?? null : null;
  };
  const readability = value('--readability') ?? value('--dir');
  const trafilatura = value('--trafilatura');
  if (!readability && !trafilatura) {
    console.error('usage: npm run eval:html -- [--readability DIR] [--trafilatura DIR] [--verbose]');
    process.exit(2);
  }
  if (readability) evalReadability(readability, verbose);
  if (trafilatura) evalTrafilatura(trafilatura, verbose);
}

main();
