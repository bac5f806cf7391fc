// Which elements the current filters, date and focus hide or fade, and how many citations of each
// drawn edge remain. Pure, so the rules are unit-tested; main.ts applies the result in one batch.
import { CONFIDENCE_LEVELS } from '../../core/model.ts';
import { adjacency, neighbourhood } from './explore.ts';
import { overlaps, parsePeriod } from './time.ts';
import type { EdgeData, NodeData } from './to-elements.ts';
import type { ViewState } from './url-state.ts';

export interface Visibility {
  hidden: Set<string>;
  faded: Set<string>;
  /** Citations per drawn edge that pass confidence (and date, when hiding by date). */
  shown: Map<string, number>;
  /** Visible (not hidden) node count and edge count, for the status line. */
  nodeCount: number;
  edgeCount: number;
}

type FilterState = Pick<
  ViewState,
  'types' | 'categories' | 'minConfidence' | 'asOf' | 'timeMode' | 'focus' | 'depth' | 'expanded'
>;

export function computeVisibility(
  nodes: readonly NodeData[],
  edges: readonly EdgeData[],
  state: FilterState,
): Visibility {
  const hidden = new Set<string>();
  const faded = new Set<string>();
  const shown = new Map<string, number>();
  const period = state.asOf ? parsePeriod(state.asOf) : null;
  const outOfTime = period && state.timeMode === 'hide' ? hidden : faded;
  const maxRank = CONFIDENCE_LEVELS.indexOf(state.minConfidence);
  const categories = new Set(state.categories);
  const types = new Set<string>(state.types);

  for (const n of nodes) {
    if (!categories.has(n.category)) hidden.add(n.id);
    else if (period && !overlaps(n, period)) outOfTime.add(n.id);
  }

  for (const e of edges) {
    if (!types.has(e.type) || hidden.has(e.source) || hidden.has(e.target)) {
      hidden.add(e.id);
      continue;
    }
    const confident = e.citations.filter((c) => CONFIDENCE_LEVELS.indexOf(c.confidence) <= maxRank);
    if (!confident.length) {
      hidden.add(e.id);
      continue;
    }
    const inTime = period ? confident.filter((c) => overlaps(c, period)) : confident;
    if (!inTime.length) {
      outOfTime.add(e.id);
      if (outOfTime === hidden) continue;
    }
    shown.set(e.id, inTime.length || confident.length);
    if (faded.has(e.source) || faded.has(e.target)) faded.add(e.id);
  }

  if (state.focus && nodes.some((n) => n.id === state.focus && !hidden.has(n.id))) {
    const adj = adjacency(edges.filter((e) => !hidden.has(e.id)));
    const keep = neighbourhood(adj, state.focus, state.depth);
    for (const x of state.expanded) if (keep.has(x)) for (const n of neighbourhood(adj, x, 1)) keep.add(n);
    for (const n of nodes) if (!keep.has(n.id)) hidden.add(n.id);
    for (const e of edges) if (!keep.has(e.source) || !keep.has(e.target)) hidden.add(e.id);
  }

  let nodeCount = 0;
  for (const n of nodes) if (!hidden.has(n.id)) nodeCount++;
  let edgeCount = 0;
  for (const e of edges) if (!hidden.has(e.id)) edgeCount++;
  return { hidden, faded, shown, nodeCount, edgeCount };
}
