// The benchmark's chart as hand-written SVG: left, load speed (entities/s, log scale) per dataset
// for the bulk and per-statement paths; right, p50 of each request per dataset (log scale), the
// GraphQL answer as a solid line and the raw driver on the same queries dashed.
import type { LatencyResult } from './latency-phase.ts';
import type { LoadResult } from './load-phase.ts';

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const W = 460;
const H = 300;
const PAD = { left: 56, right: 12, top: 34, bottom: 58 };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function logScale(values: number[]): { y: (v: number) => number; ticks: number[] } {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  const lo = Math.floor(Math.log10(Math.min(...positive, 1)));
  const hi = Math.ceil(Math.log10(Math.max(...positive, 10)));
  const span = Math.max(1, hi - lo);
  const inner = H - PAD.top - PAD.bottom;
  return {
    y: (v) => PAD.top + inner - ((Math.log10(Math.max(v, 10 ** lo)) - lo) / span) * inner,
    ticks: Array.from({ length: span + 1 }, (_, i) => 10 ** (lo + i)),
  };
}

function axes(
  title: string,
  unit: string,
  ticks: number[],
  y: (v: number) => number,
  labels: string[],
  x: (i: number) => number,
): string {
  const parts = [
    `<text x="${W / 2}" y="18" text-anchor="middle" font-weight="bold">${esc(title)}</text>`,
    `<text x="14" y="${H / 2}" transform="rotate(-90 14 ${H / 2})" text-anchor="middle">${esc(unit)}</text>`,
  ];
  for (const t of ticks) {
    parts.push(
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t)}" y2="${y(t)}" stroke="#ddd"/>`,
      `<text x="${PAD.left - 4}" y="${y(t) + 4}" text-anchor="end">${t >= 1 ? t.toLocaleString('en') : t}</text>`,
    );
  }
  labels.forEach((label, i) =>
    parts.push(`<text x="${x(i)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${esc(label)}</text>`),
  );
  return parts.join('\n');
}

function loadPanel(loads: LoadResult[]): string {
  const datasets = [...new Set(loads.map((l) => l.dataset))];
  const speed = (l: LoadResult | undefined): number => (l?.ms ? l.entities / (l.ms / 1000) : 0);
  const { y, ticks } = logScale(loads.map((l) => speed(l)));
  const band = (W - PAD.left - PAD.right) / Math.max(1, datasets.length);
  const x = (i: number): number => PAD.left + band * (i + 0.5);
  const bars: string[] = [];
  datasets.forEach((d, i) => {
    (['bulk', 'per-statement'] as const).forEach((mode, k) => {
      const l = loads.find((r) => r.dataset === d && r.mode === mode);
      const v = speed(l);
      const bx = x(i) - band * 0.35 + k * band * 0.35;
      if (v > 0) {
        bars.push(
          `<rect x="${bx}" y="${y(v)}" width="${band * 0.33}" height="${H - PAD.bottom - y(v)}" fill="${COLOURS[k]}"/>`,
          `<text x="${bx + band * 0.165}" y="${y(v) - 3}" text-anchor="middle" font-size="9">${v.toFixed(0)}</text>`,
        );
      } else if (l) {
        bars.push(
          `<text x="${bx + band * 0.165}" y="${H - PAD.bottom - 4}" text-anchor="middle" font-size="9">none</text>`,
        );
      }
    });
  });
  const legend = ['bulk', 'per-statement']
    .map(
      (m, k) =>
        `<rect x="${PAD.left + k * 110}" y="${H - 24}" width="10" height="10" fill="${COLOURS[k]}"/><text x="${PAD.left + k * 110 + 14}" y="${H - 15}">${m}</text>`,
    )
    .join('');
  return `<g>${axes('Load speed', 'entities per second', ticks, y, datasets, x)}${bars.join('\n')}${legend}</g>`;
}

function latencyPanel(latency: LatencyResult[]): string {
  const datasets = [...new Set(latency.map((l) => l.dataset))];
  const requests = [...new Set(latency.map((l) => l.request))];
  const { y, ticks } = logScale(latency.flatMap((l) => [l.graphqlP50, l.rawP50]));
  const step = (W - PAD.left - PAD.right) / Math.max(1, datasets.length);
  const x = (i: number): number => PAD.left + step * (i + 0.5);
  const lines: string[] = [];
  requests.forEach((request, k) => {
    for (const [key, dash] of [
      ['graphqlP50', ''],
      ['rawP50', ' stroke-dasharray="4 3"'],
    ] as const) {
      const points = datasets
        .map((d, i) => {
          const r = latency.find((l) => l.dataset === d && l.request === request);
          return r && Number.isFinite(r[key]) ? `${x(i)},${y(r[key])}` : undefined;
        })
        .filter(Boolean);
      lines.push(
        `<polyline fill="none" stroke="${COLOURS[k % COLOURS.length]}" stroke-width="2"${dash} points="${points.join(' ')}"/>`,
      );
    }
  });
  const legend = requests
    .map(
      (r, k) =>
        `<rect x="${PAD.left + (k % 3) * 130}" y="${H - 30 + Math.floor(k / 3) * 13}" width="10" height="3" fill="${COLOURS[k]}"/><text x="${PAD.left + (k % 3) * 130 + 14}" y="${H - 26 + Math.floor(k / 3) * 13}">${r}</text>`,
    )
    .join('');
  return `<g>${axes('p50 per request (solid: GraphQL, dashed: raw driver)', 'milliseconds', ticks, y, datasets, x)}${lines.join('\n')}${legend}</g>`;
}

export function chartSvg(loads: LoadResult[], latency: LatencyResult[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    loadPanel(loads),
    `<g transform="translate(${W} 0)">${latencyPanel(latency)}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
