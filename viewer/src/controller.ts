// What panels may ask of the page: read the view state, change it, select an entity or edge.
// main.ts implements it; panels stay independent of each other and of Cytoscape.
import type { EdgeData, NodeData } from './to-elements.ts';
import type { ViewState } from './url-state.ts';

export interface UpdateOptions {
  /** Run the layout again (focus changed the set of nodes, or the layout was switched). */
  relayout?: boolean;
  /** Keep the drawn positions as the layout's start (entities were added, as by "expand"). */
  incremental?: boolean;
}

export interface Controller {
  readonly state: ViewState;
  update(patch: Partial<ViewState>, opts?: UpdateOptions): void;
  /** Select an entity or a drawn edge by id, centring it in view; null clears the selection. */
  select(id: string | null): void;
  nodes(): readonly NodeData[];
  edges(): readonly EdgeData[];
  node(id: string): NodeData | undefined;
  /** Show a message in the status line (role=status, so screen readers hear it). */
  say(message: string, tone?: 'info' | 'error'): void;
}
