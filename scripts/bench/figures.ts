import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';

/** One measured figure, compared with its target: `atLeast` targets are floors, `atMost` ceilings. */
export interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  target?: { atLeast?: number; atMost?: number };
  /** What the figure means and how it was taken. */
  note?: string;
  runs?: number[];
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** value / target for floors, target / value for ceilings: ≥ 1 means met. */
export function ratioToTarget(f: Figure): number | null {
  if (f.target?.atLeast !== undefined) return f.value / f.target.atLeast;
  if (f.target?.atMost !== undefined) return f.value > 0 ? f.target.atMost / f.value : Infinity;
  return null;
}

const fmt = (n: number) => (!Number.isFinite(n) ? String(n) : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const ratio = ratioToTarget(f);
    const target = f.target?.atLeast !== undefined ? `≥ ${fmt(f.target.atLeast)}` : f.target?.atMost !== undefined ? `≤ ${fmt(f.target.atMost)}` : '';
    return [f.section, f.name, `${fmt(f.value)} ${f.unit}`, target, ratio === null ? '' : `${fmt(ratio)}×`, ratio === null ? 'info' : ratio >= 1 ? 'met' : 'MISSED'];
  });
  const head = ['section', 'figure', 'measured (median)', 'target', 'ratio', 'status'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function machine(): Record<string, unknown> {
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
}

export function writeResults(path: string, figures: Figure[], options: Record<string, unknown>): void {
  mkdirSync(dirname(path), { recursive: true });
  const out = {
    measuredAt: new Date().toISOString(),
    machine: machine(),
    options,
    figures: figures.map((f) => ({ ...f, ratio: ratioToTarget(f), met: ratioToTarget(f) === null ? null : ratioToTarget(f)! >= 1 })),
  };
  writeFileSync(path, JSON.stringify(out, null, 2) + '\n');
}

/** Progress on stderr, so the table on stdout stays clean. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
