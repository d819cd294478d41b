/**
 * The latency chart, drawn as plain SVG (no charting library): p95 latency through GraphQL
 * against graph size, both axes logarithmic (sizes span decades, latencies from milliseconds to
 * seconds), one line per operation, a legend on the right.
 */
import type { SizeResult } from './run-size.ts';

export interface Series {
  name: string;
  points: Array<{ x: number; y: number }>;
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];

/** The series to draw: each read operation's GraphQL p95 and each path configuration's p95. */
export function latencySeries(sizes: readonly SizeResult[]): Series[] {
  const series = new Map<string, Series>();
  const add = (name: string, x: number, y: number | undefined) => {
    if (y === undefined || !Number.isFinite(y) || y <= 0) return;
    if (!series.has(name)) series.set(name, { name, points: [] });
    series.get(name)!.points.push({ x, y });
  };
  for (const s of sizes) {
    for (const r of s.readOps ?? []) if (!r.op.startsWith('paths')) add(r.label, s.actors, r.graphql.p95);
    for (const p of s.paths ?? []) add(`paths ${p.mode} maxHops ${p.maxHops}`, s.actors, p.latency.p95);
  }
  return [...series.values()].map((x) => ({ ...x, points: x.points.sort((a, b) => a.x - b.x) }));
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sizeLabel = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

/** Renders the chart; `title` goes on top. */
export function renderLatencyChart(series: readonly Series[], title: string): string {
  const W = 900;
  const H = 480;
  const pad = { left: 70, right: 300, top: 50, bottom: 60 };
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  const decade = (v: number, up: boolean) => 10 ** (up ? Math.ceil(Math.log10(v)) : Math.floor(Math.log10(v)));
  const xMin = xs.length ? decade(Math.min(...xs), false) : 1e3;
  let xMax = xs.length ? decade(Math.max(...xs), true) : 1e6;
  if (xMax === xMin) xMax = xMin * 10;
  const yMin = ys.length ? decade(Math.min(...ys), false) : 1;
  let yMax = ys.length ? decade(Math.max(...ys), true) : 1000;
  if (yMax === yMin) yMax = yMin * 10;
  const inset = 24; // keep points off the axes
  const px = (x: number) =>
    pad.left +
    inset +
    ((Math.log10(x) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * (W - pad.left - pad.right - 2 * inset);
  const py = (y: number) =>
    H - pad.bottom - ((Math.log10(y) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * (H - pad.top - pad.bottom);

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${pad.left}" y="28" font-size="16" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (let x = xMin; x <= xMax * 1.0001; x *= 10) {
    parts.push(
      `<line x1="${px(x)}" y1="${pad.top}" x2="${px(x)}" y2="${H - pad.bottom}" stroke="#ddd"/>`,
      `<text x="${px(x)}" y="${H - pad.bottom + 18}" text-anchor="middle">${sizeLabel(x)}</text>`,
    );
  }
  for (let y = yMin; y <= yMax * 1.0001; y *= 10) {
    parts.push(
      `<line x1="${pad.left}" y1="${py(y)}" x2="${W - pad.right}" y2="${py(y)}" stroke="#ddd"/>`,
      `<text x="${pad.left - 8}" y="${py(y) + 4}" text-anchor="end">${y >= 1 ? y : y.toFixed(1)} ms</text>`,
    );
  }
  parts.push(
    `<line x1="${pad.left}" y1="${H - pad.bottom}" x2="${W - pad.right}" y2="${H - pad.bottom}" stroke="black"/>`,
    `<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${H - pad.bottom}" stroke="black"/>`,
    `<text x="${(pad.left + W - pad.right) / 2}" y="${H - 18}" text-anchor="middle">graph size (actors, log scale)</text>`,
    `<text transform="translate(18 ${(pad.top + H - pad.bottom) / 2}) rotate(-90)" text-anchor="middle">p95 latency (ms, log scale)</text>`,
  );
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]!;
    const dash = s.name.startsWith('paths') && s.name.includes('maxHops 6') ? ' stroke-dasharray="6 4"' : '';
    if (s.points.length > 1)
      parts.push(
        `<polyline fill="none" stroke="${color}" stroke-width="2"${dash} points="${s.points.map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ')}"/>`,
      );
    for (const p of s.points)
      parts.push(
        `<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="4" fill="${color}"><title>${escapeXml(s.name)}: ${p.y.toFixed(1)} ms at ${sizeLabel(p.x)}</title></circle>`,
      );
    const ly = pad.top + 10 + i * 20;
    parts.push(
      `<line x1="${W - pad.right + 20}" y1="${ly}" x2="${W - pad.right + 44}" y2="${ly}" stroke="${color}" stroke-width="2"${dash}/>`,
      `<text x="${W - pad.right + 50}" y="${ly + 4}">${escapeXml(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
