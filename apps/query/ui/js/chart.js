const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Mentions per day as an inline SVG bar chart (days without mentions are filled in). */
export function timelineChart(points, { width = 640, height = 140 } = {}) {
  const root = svg('svg', { class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Mentions over time' });
  if (!points.length) return root;
  const byDay = new Map(points.map((p) => [p.day, p.mentions]));
  const days = [];
  for (let d = new Date(`${points[0].day}T00:00:00Z`); d <= new Date(`${points[points.length - 1].day}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
  const max = Math.max(...points.map((p) => p.mentions));
  const bar = (width - 40) / days.length;
  days.forEach((day, i) => {
    const n = byDay.get(day) ?? 0;
    const h = ((height - 30) * n) / max;
    const rect = svg('rect', { x: 30 + i * bar, y: height - 20 - h, width: Math.max(1, bar - 2), height: h, 'data-day': day, 'data-mentions': n });
    rect.append(svg('title', {}, `${day}: ${n} mentions`));
    root.append(rect);
  });
  root.append(svg('text', { x: 0, y: 12 }, String(max)), svg('text', { x: 30, y: height - 5 }, days[0]), svg('text', { x: width - 70, y: height - 5 }, days[days.length - 1]));
  return root;
}
