// The timeline strip in an entity's details: one row per relationship that passes the filters,
// each citation's known span (where its document places it) as a solid bar and its possible span
// (where it may hold) as a thin dashed line, with an arrowhead where that span is open-ended.
import { formatDate, parsePeriod } from '../../core/dates.ts';
import type { Controller } from './controller.ts';
import { h, humanType } from './dom.ts';
import { statementTest } from './edge-look.ts';
import { typeStyle } from './style.ts';
import { yearSpan } from './time-panel.ts';
import type { NodeData } from './to-elements.ts';
import type { Citation } from './types.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 300;
const ROW = 14;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: SVGElement[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** The years the strip spans: its citations' spans, at least the slider's default years. */
export const stripYears = (citations: readonly Citation[]) =>
  yearSpan(citations.flatMap((c) => [c.knownFrom, c.knownTo, c.possibleFrom, c.possibleTo]));

/** Words for one citation's spans, for screen readers and the tooltip. */
export function spanWords(c: Citation): string {
  const known =
    c.knownFrom && c.knownTo
      ? `placed ${formatDate(c.knownFrom)} – ${formatDate(c.knownTo)}`
      : 'placed at no date';
  const from = c.possibleFrom ? formatDate(c.possibleFrom) : 'open start';
  const to = c.possibleTo ? formatDate(c.possibleTo) : 'open end';
  return `${c.source.title ?? c.source.id}: ${known}; may hold ${from} – ${to}`;
}

/** The earliest known start among the citations, else the earliest possible start; '~' sorts last. */
function firstDate(citations: readonly Citation[]): string {
  const known = citations
    .map((c) => c.knownFrom)
    .filter((d): d is string => !!d)
    .sort()[0];
  const possible = citations
    .map((c) => c.possibleFrom)
    .filter((d): d is string => !!d)
    .sort()[0];
  return known ?? (possible ? `${possible}~` : '~');
}

export function timelineStrip(ctl: Controller, node: NodeData): HTMLElement {
  const passes = statementTest(ctl.state);
  const rows = ctl
    .edges()
    .filter((e) => e.source === node.id || e.target === node.id)
    .map((e) => ({ edge: e, citations: e.citations.filter(passes) }))
    .filter((r) => r.citations.length)
    // By date: what the documents place earliest first, then what they place at no date.
    .map((r) => ({ ...r, first: firstDate(r.citations) }))
    .sort((a, b) => a.first.localeCompare(b.first));
  if (!rows.length) return h('p', { class: 'hint' }, 'No relationships under the current filters.');
  const [y0, y1] = stripYears(rows.flatMap((r) => r.citations));
  const start = Date.UTC(y0, 0, 1);
  const end = Date.UTC(y1, 11, 31);
  const x = (iso: string | null | undefined, open: number) =>
    iso ? Math.max(0, Math.min(WIDTH, ((dayNumber(iso) - start) / (end - start)) * WIDTH)) : open;
  const asOf = ctl.state.asOf;

  const list = h('ul', { class: 'timeline', 'aria-label': `Relationships of ${node.name} over time` });
  for (const { edge, citations } of rows) {
    const colour = typeStyle(edge.type).colour;
    const other = edge.source === node.id ? edge.target : edge.source;
    const arrow = edge.symmetric ? '—' : edge.source === node.id ? '→' : '←';
    const label = `${humanType(edge.type)} ${arrow} ${ctl.node(other)?.name ?? other}`;
    const parts: SVGElement[] = [];
    const period = asOf ? parsePeriod(asOf) : null;
    if (period) {
      const ax = (x(period.from, 0) + x(period.to, WIDTH)) / 2;
      parts.push(
        svg('line', { x1: ax, x2: ax, y1: 0, y2: ROW, stroke: '#9e9e9e', 'stroke-width': 1, class: 'as-of' }),
      );
    }
    for (const c of citations) {
      const px0 = x(c.possibleFrom, 0);
      const px1 = x(c.possibleTo, WIDTH);
      parts.push(
        svg('line', {
          x1: px0,
          x2: px1,
          y1: ROW / 2,
          y2: ROW / 2,
          stroke: colour,
          'stroke-width': 1.5,
          'stroke-dasharray': '3 2',
          class: 'possible-span',
        }),
      );
      if (!c.possibleFrom)
        parts.push(
          svg('polygon', {
            points: `0,${ROW / 2} 6,${ROW / 2 - 4} 6,${ROW / 2 + 4}`,
            fill: colour,
            class: 'open-start',
          }),
        );
      if (!c.possibleTo)
        parts.push(
          svg('polygon', {
            points: `${WIDTH},${ROW / 2} ${WIDTH - 6},${ROW / 2 - 4} ${WIDTH - 6},${ROW / 2 + 4}`,
            fill: colour,
            class: 'open-end',
          }),
        );
      if (c.knownFrom && c.knownTo) {
        const kx0 = x(c.knownFrom, 0);
        const kx1 = x(c.knownTo, WIDTH);
        parts.push(
          svg('rect', {
            x: kx0,
            y: ROW / 2 - 4,
            // A month on a ten-year strip would be a hairline: at least 6 units wide.
            width: Math.max(6, kx1 - kx0),
            height: 8,
            fill: colour,
            class: 'known-span',
          }),
        );
      }
    }
    const title = svg('title', {});
    title.textContent = citations.map(spanWords).join('\n');
    list.append(
      h(
        'li',
        { 'data-edge': edge.id },
        h('span', { class: 'timeline-label', title: label }, label),
        svg(
          'svg',
          {
            viewBox: `0 0 ${WIDTH} ${ROW}`,
            preserveAspectRatio: 'none',
            role: 'img',
            'aria-label': title.textContent,
          },
          title,
          ...parts,
        ) as unknown as HTMLElement,
      ),
    );
  }
  const mid = Math.round((y0 + y1) / 2);
  return h(
    'div',
    { class: 'timeline-strip' },
    list,
    h(
      'p',
      { class: 'timeline-axis', 'aria-hidden': 'true' },
      h('span', {}, String(y0)),
      h('span', {}, String(mid)),
      h('span', {}, String(y1)),
    ),
    h(
      'p',
      { class: 'hint' },
      'Bar: the documents place it then. Thin dashes: it may hold then. Arrowhead: no known start or end.',
    ),
  );
}
