/**
 * `npm run eval`: runs the team's fixed scorers in ../shared/eval (and the boilerplate and dedupe
 * development sets) against the built extractors, then prints one table. Needs ../shared; it is not
 * part of `npm test`. `npm run eval -- --only dedupe` runs the steps whose name holds that word.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const SHARED = resolve(process.env.NEWSFLOW_SHARED ?? join(ROOT, '..', 'shared'));
const EXTRACT = `node ${join(ROOT, 'dist', 'scripts', 'extract.js')}`;

interface Step {
  name: string;
  command: string[];
  /** The scorer's final line starts with this. */
  resultPrefix: string;
  target: string;
  /** Print the step's whole output under the summary (a composition, a breakdown table). */
  showOutput?: boolean;
}

function steps(devsetDir: string): Step[] {
  const node = process.execPath;
  return [
    { name: 'entities+quotes on seeds gold', command: [node, join(SHARED, 'eval', 'seeds.mjs'), '--cmd', EXTRACT], resultPrefix: 'SEEDS_', target: 'each ≥ 0.95, canonicalisation gap 0' },
    { name: 'NER on CoNLL-2003 dev (eng.testa)', command: [node, join(SHARED, 'eval', 'conll.mjs'), '--cmd', EXTRACT, '--data', join(SHARED, 'data', 'conll2003', 'eng.testa')], resultPrefix: 'NER_F1', target: '≥ 0.88 (dev), 0.85 (test)' },
    { name: 'quotes on PolNeAR dev', command: [node, join(SHARED, 'eval', 'polnear.mjs'), '--cmd', EXTRACT, '--split', 'dev', '--root', join(SHARED, 'data', 'polnear')], resultPrefix: 'QUOTE_', target: 'content ≥ 0.80, source ≥ 0.76, exact ≥ 0.50' },
    // the committed quote model (trained on PolNeAR train only) on dev, beside its 5-fold cross-validation on train
    { name: 'quote model: dev, and CV on PolNeAR train', command: [node, join(ROOT, 'dist', 'scripts', 'train-quotes.js'), '--check', '--root', join(SHARED, 'data', 'polnear'), '--eval', join(SHARED, 'eval'), '--out', join(ROOT, 'libs', 'nlp', 'model', 'quotes.json')], resultPrefix: 'QUOTES_MODEL', target: 'dev as above; CV shows what holds on unseen articles' },
    // the committed content tagger (QUOTE_MODELS=rules+tagger), trained on PolNeAR train only, the same way
    { name: 'quote tagger: dev, and CV on PolNeAR train', command: [node, join(ROOT, 'dist', 'scripts', 'train-quotes.js'), '--check', '--tagger', '--root', join(SHARED, 'data', 'polnear'), '--eval', join(SHARED, 'eval'), '--tagger-out', join(ROOT, 'libs', 'nlp', 'model', 'quote-tagger.json')], resultPrefix: 'QUOTE_TAGGER', target: 'dev as above; CV shows what holds on unseen articles' },
    { name: 'boilerplate lines on seeds gold', command: [node, join(ROOT, 'dist', 'scripts', 'eval-boilerplate.js'), '--gold', join(SHARED, 'gold', 'seeds.gold.json'), '--seeds', join(SHARED, 'seeds')], resultPrefix: 'BOILERPLATE_', target: 'F1 ≥ 0.90' },
    { name: 'dedupe dev set (generated)', command: [node, join(ROOT, 'dist', 'scripts', 'dedupe-devset.js'), devsetDir, '--shared', SHARED], resultPrefix: 'wrote', target: '', showOutput: true },
    { name: 'dedupe pairs on the dev set', command: [node, join(SHARED, 'eval', 'dedupe', 'score.mjs'), '--cmd', `node ${join(ROOT, 'dist', 'scripts', 'dedupe.js')} --list {list}`, '--dir', devsetDir], resultPrefix: 'DEDUPE_', target: 'P ≥ 0.995, R ≥ 0.97' },
    // the same pairs per edit kind: copies with one edit, and copies that combine it with others
    { name: 'dedupe pairs by edit, alone and combined', command: [node, join(ROOT, 'dist', 'scripts', 'eval-dedupe-edits.js'), '--dir', devsetDir, '--shared', SHARED], resultPrefix: 'DEDUPE_EDITS', target: 'combined as alone', showOutput: true },
  ];
}

function run(step: Step): Promise<{ line: string; output: string; seconds: number; ok: boolean }> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(step.command[0], step.command.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const lines = out.trim().split('\n');
      const line = [...lines].reverse().find((l) => l.startsWith(step.resultPrefix)) ?? `failed (exit ${code}): ${(err || out).trim().split('\n').slice(-2).join(' ')}`;
      done({ line, output: out.trim(), seconds: (Date.now() - started) / 1000, ok: code === 0 });
    });
  });
}

async function main(): Promise<void> {
  if (!existsSync(join(SHARED, 'eval'))) {
    process.stderr.write(`eval: ${SHARED}/eval not found. The scorers and development data live in ../shared beside the project (or set NEWSFLOW_SHARED).\n`);
    process.exit(2);
  }
  const devsetDir = join(ROOT, '.data', 'dedupe-devset');
  const results: Array<Step & { line: string; output: string; seconds: number; ok: boolean }> = [];
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  const all = steps(devsetDir).filter((s) => !only || s.name.includes(only));
  for (const [i, step] of all.entries()) {
    process.stderr.write(`[${i + 1}/${all.length}] ${step.name} …\n`);
    const r = await run(step);
    results.push({ ...step, ...r });
    process.stderr.write(`      ${r.line} (${r.seconds.toFixed(1)} s)\n`);
  }
  const width = Math.max(...results.map((r) => r.name.length));
  process.stdout.write(`\n${'what'.padEnd(width)} | result | target\n${'-'.repeat(width)}-|--------|-------\n`);
  for (const r of results) if (r.target) process.stdout.write(`${r.name.padEnd(width)} | ${r.line} | ${r.target}\n`);
  for (const r of results) if (r.showOutput && r.ok) process.stdout.write(`\n${r.name}:\n${r.output}\n`);
}

void main();
