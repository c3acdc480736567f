import { formatNumber, plural } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const MAX_BARS = 60;
const MAX_BAR_WIDTH = 36;

function svg(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

const dayMs = 86_400_000;
const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Periods from the first to the last day, as few as fit MAX_BARS: days, weeks (from Monday), months or years. */
const PERIODS = [
  { name: 'day', start: (d) => d, step: (d) => d + dayMs, label: (d) => toDay(d) },
  { name: 'week', start: (d) => d - ((new Date(d).getUTCDay() + 6) % 7) * dayMs, step: (d) => d + 7 * dayMs, label: (d) => `week of ${toDay(d)}` },
  { name: 'month', start: (d) => Date.UTC(new Date(d).getUTCFullYear(), new Date(d).getUTCMonth(), 1), step: (d) => Date.UTC(new Date(d).getUTCFullYear(), new Date(d).getUTCMonth() + 1, 1), label: (d) => toDay(d).slice(0, 7) },
  { name: 'year', start: (d) => Date.UTC(new Date(d).getUTCFullYear(), 0, 1), step: (d) => Date.UTC(new Date(d).getUTCFullYear() + 1, 0, 1), label: (d) => toDay(d).slice(0, 4) },
];

/** Mentions per period, with the periods that had none filled in as zero. */
export function timelineBuckets(points) {
  if (!points.length) return { period: 'day', buckets: [] };
  const days = points.map((p) => Date.parse(`${p.day}T00:00:00Z`));
  const [first, last] = [Math.min(...days), Math.max(...days)];
  for (const period of PERIODS) {
    const starts = [];
    for (let at = period.start(first); at <= last && starts.length <= MAX_BARS; at = period.step(at)) starts.push(at);
    if (starts.length > MAX_BARS && period.name !== 'year') continue;
    const index = new Map(starts.map((s, i) => [s, i]));
    const buckets = starts.map((s) => ({ start: toDay(s), label: period.label(s), mentions: 0 }));
    points.forEach((p, i) => (buckets[index.get(period.start(days[i]))].mentions += p.mentions));
    return { period: period.name, buckets };
  }
  return { period: 'day', buckets: [] };
}

/** A round axis maximum at or above n: 1, 2, 5, 10, 20, 50... */
function niceMax(n) {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, n)));
  return [1, 2, 4, 5, 10].map((m) => m * power).find((v) => v >= n);
}

/** Mentions over time as an SVG bar chart with a labelled y axis and the first, middle and last periods labelled. */
export function timelineChart(points, { width = 640, height = 180 } = {}) {
  const { period, buckets } = timelineBuckets(points);
  const root = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'data-period': period, 'aria-label': `Mentions per ${period}` });
  if (!buckets.length) {
    root.append(svg('text', { x: 10, y: 20 }, 'No dated mentions'));
    return root;
  }
  const left = 44;
  const right = 8;
  const top = 10;
  const bottom = 34;
  const plotH = height - top - bottom;
  const max = niceMax(Math.max(...buckets.map((b) => b.mentions)));
  const slot = (width - left - right) / buckets.length;
  const barW = Math.max(2, Math.min(MAX_BAR_WIDTH, slot * 0.8));
  for (const v of max % 2 ? [0, max] : [0, max / 2, max]) {
    const y = top + plotH - (plotH * v) / max;
    root.append(svg('line', { class: 'grid', x1: left, x2: width - right, y1: y, y2: y }), svg('text', { class: 'y-label', x: left - 6, y: y + 4, 'text-anchor': 'end' }, formatNumber(v)));
  }
  buckets.forEach((b, i) => {
    const barH = (plotH * b.mentions) / max;
    const x = left + i * slot + (slot - barW) / 2;
    const rect = svg('rect', { x, y: top + plotH - barH, width: barW, height: barH, 'data-day': b.start, 'data-mentions': b.mentions });
    rect.append(svg('title', {}, `${b.label}: ${plural(b.mentions, 'mention')}`));
    root.append(rect);
  });
  const labelled = [...new Set([0, Math.floor((buckets.length - 1) / 2), buckets.length - 1])];
  for (const i of labelled) {
    const anchor = labelled.length === 1 ? 'middle' : i === 0 ? 'start' : i === buckets.length - 1 ? 'end' : 'middle';
    const x = anchor === 'start' ? left + i * slot : anchor === 'end' ? left + (i + 1) * slot : left + (i + 0.5) * slot;
    root.append(svg('text', { class: 'x-label', x, y: height - bottom + 16, 'text-anchor': anchor }, buckets[i].label));
  }
  root.append(svg('text', { class: 'x-label unit', x: width - right, y: height - 4, 'text-anchor': 'end' }, `mentions per ${period}`));
  return root;
}
