// Which elements the current filters, date and focus hide, fade or mark, how each drawn edge looks
// and how many of its citations remain. Pure, so the rules are unit-tested; main.ts applies the
// result in one batch. Time statuses come from the API (api-client.ts fetchTimeStatuses).
import { lookOf, statementTest, type Look } from './edge-look.ts';
import { adjacency, neighbourhood } from './explore.ts';
import type { EdgeData, NodeData } from './to-elements.ts';
import type { TimeStatuses } from './types.ts';
import type { ViewState } from './url-state.ts';

export interface Visibility {
  hidden: Set<string>;
  /** Outside the chosen date, in "fade" mode. */
  faded: Set<string>;
  /** Only possible at the chosen date: the documents do not place it there. */
  possible: Set<string>;
  /** The look of every edge that is not hidden (edge-look.ts). */
  looks: Map<string, Look>;
  /** Citations per drawn edge that pass the filters (and the date, when one is chosen). */
  shown: Map<string, number>;
  /** Drawn edges that walks follow (focus, path, lineage): asserted facts, as the API's walks. */
  walkable: Set<string>;
  /** Visible (not hidden) node count and edge count, for the status line. */
  nodeCount: number;
  edgeCount: number;
}

export type FilterState = Pick<
  ViewState,
  | 'types'
  | 'categories'
  | 'minCredibility'
  | 'stances'
  | 'modalities'
  | 'timeMode'
  | 'focus'
  | 'depth'
  | 'expanded'
>;

/** `time`: the statuses at the chosen date, or null when no date is chosen. */
export function computeVisibility(
  nodes: readonly NodeData[],
  edges: readonly EdgeData[],
  state: FilterState,
  time: TimeStatuses | null,
): Visibility {
  const hidden = new Set<string>();
  const faded = new Set<string>();
  const possible = new Set<string>();
  const looks = new Map<string, Look>();
  const shown = new Map<string, number>();
  const walkable = new Set<string>();
  const outOfTime = time && state.timeMode === 'hide' ? hidden : faded;
  const passes = statementTest(state);
  const categories = new Set(state.categories);
  const types = new Set<string>(state.types);

  for (const n of nodes) {
    if (!categories.has(n.category)) hidden.add(n.id);
    else if (time) {
      const status = time.nodes.get(n.id);
      if (!status) outOfTime.add(n.id);
      else if (status === 'possible') possible.add(n.id);
    }
  }

  for (const e of edges) {
    if (!types.has(e.type) || hidden.has(e.source) || hidden.has(e.target)) {
      hidden.add(e.id);
      continue;
    }
    const passing = e.citations.filter(passes);
    if (!passing.length) {
      hidden.add(e.id);
      continue;
    }
    let drawn = passing;
    if (time) {
      const known = passing.filter((c) => time.citations.get(c.id) === 'known');
      const maybe = passing.filter((c) => time.citations.get(c.id) === 'possible');
      if (known.length) drawn = known;
      else if (maybe.length) {
        drawn = maybe;
        possible.add(e.id);
      } else {
        outOfTime.add(e.id);
        if (outOfTime === hidden) continue;
      }
    }
    const look = lookOf(drawn[0]!);
    looks.set(e.id, look);
    shown.set(e.id, drawn.length);
    if (faded.has(e.source) || faded.has(e.target)) faded.add(e.id);
    if (look === 'asserted') walkable.add(e.id);
  }

  if (state.focus && nodes.some((n) => n.id === state.focus && !hidden.has(n.id))) {
    const adj = adjacency(edges.filter((e) => walkable.has(e.id)));
    const keep = neighbourhood(adj, state.focus, state.depth);
    for (const x of state.expanded) if (keep.has(x)) for (const n of neighbourhood(adj, x, 1)) keep.add(n);
    for (const n of nodes) if (!keep.has(n.id)) hidden.add(n.id);
    for (const e of edges)
      if (!keep.has(e.source) || !keep.has(e.target)) {
        hidden.add(e.id);
        walkable.delete(e.id);
      }
  }

  for (const id of possible) if (hidden.has(id)) possible.delete(id);
  let nodeCount = 0;
  for (const n of nodes) if (!hidden.has(n.id)) nodeCount++;
  let edgeCount = 0;
  for (const e of edges) if (!hidden.has(e.id)) edgeCount++;
  return { hidden, faded, possible, looks, shown, walkable, nodeCount, edgeCount };
}
