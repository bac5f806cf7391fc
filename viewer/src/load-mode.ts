// Whether the page loads the whole graph or starts from an overview: a graph of more entities than
// the threshold (150 unless the link says `overviewAbove=N`) starts from its most connected
// entities and loads the rest as the researcher explores (overview-loads.ts). Pure.

/**
 * Above this many entities the page starts from an overview. The whole graph's first view is laid
 * out by fcose in the page: headless Chromium on the 2-core machine took 1.3-1.6 s at 150
 * synthetic entities, 1.9-2.1 s at 200, 5.4 s at 600 and 11-12 s at 1,000 (the overview: about
 * 1 s at 100,000); the bound is 2 s (issue 13, `npm run bench`'s viewer table).
 */
export const OVERVIEW_ABOVE = 150;
/** Up to this many entities the overview's note offers to draw them all (a link with overviewAbove). */
export const DRAW_ALL_UP_TO = 2000;
/** How many of the most connected entities the overview draws. */
export const OVERVIEW_SIZE = 50;
export const OVERVIEW_PARAM = 'overviewAbove';

export type LoadMode = 'full' | 'overview';

export interface Threshold {
  above: number;
  /** Set when the link's value could not be used (the default applies). */
  problem?: string;
  /** The link's own value, kept in the page's URL so a reload keeps the mode. */
  fromLink: boolean;
}

export function overviewThreshold(search: string): Threshold {
  const raw = new URLSearchParams(search).get(OVERVIEW_PARAM);
  if (raw === null) return { above: OVERVIEW_ABOVE, fromLink: false };
  const n = Number(raw);
  if (raw.trim() !== '' && Number.isInteger(n) && n >= 0) return { above: n, fromLink: true };
  return {
    above: OVERVIEW_ABOVE,
    fromLink: false,
    problem: `"${OVERVIEW_PARAM}" must be a whole number of entities, not "${raw}"`,
  };
}

export function loadMode(entities: number, threshold: Threshold): LoadMode {
  return entities > threshold.above ? 'overview' : 'full';
}

/** The page's link with the threshold set to draw all `total` entities. */
export function drawAllLink(href: string, total: number): string {
  const url = new URL(href);
  url.searchParams.set(OVERVIEW_PARAM, String(total));
  return url.toString();
}

/** The page's query string with the link's threshold kept, when it gave one. */
export function withThreshold(query: string, threshold: Threshold): string {
  if (!threshold.fromLink) return query;
  const param = `${OVERVIEW_PARAM}=${threshold.above}`;
  return query ? `${query}&${param}` : `?${param}`;
}

/** The status line of a partial view: how much of the graph is drawn, and how to see more. */
export function partialSummary(shown: number, held: number, total: number): string {
  const n = (x: number) => x.toLocaleString('en');
  return (
    `Showing ${n(shown)} of ${n(total)} entities (${n(held)} loaded: the ${OVERVIEW_SIZE} most connected ` +
    `and what you opened) — search or expand to see more.`
  );
}
