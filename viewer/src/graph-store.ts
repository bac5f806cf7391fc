// The entities and drawn edges the page holds: the whole graph in the load-everything mode, or, on
// a large graph, the overview plus every piece fetched since (neighbourhoods, paths, lineages).
// Merging keeps what is there and returns only what is new, for the canvas to add. Pure.
import type { EdgeData, ElementSet, NodeData } from './to-elements.ts';

export interface Added {
  nodes: ElementSet['nodes'];
  edges: ElementSet['edges'];
}

export class GraphStore {
  readonly nodes: NodeData[] = [];
  readonly edges: EdgeData[] = [];
  readonly nodeById = new Map<string, NodeData>();
  readonly edgeById = new Map<string, EdgeData>();

  constructor(first?: ElementSet) {
    if (first) this.merge(first);
  }

  /**
   * Adds the nodes and edges not held yet. Every piece is asked for with every stance and
   * modality and no date (api-client.ts EVERY_STATEMENT), so an edge already held has the same
   * citations as the one that arrives and is kept as it is. An edge whose ends are not both
   * held (nor arriving) is left out: it could not be drawn.
   */
  merge(set: ElementSet): Added {
    const added: Added = { nodes: [], edges: [] };
    for (const n of set.nodes) {
      if (this.nodeById.has(n.data.id)) continue;
      this.nodeById.set(n.data.id, n.data);
      this.nodes.push(n.data);
      added.nodes.push(n);
    }
    for (const e of set.edges) {
      if (this.edgeById.has(e.data.id)) continue;
      if (!this.nodeById.has(e.data.source) || !this.nodeById.has(e.data.target)) continue;
      this.edgeById.set(e.data.id, e.data);
      this.edges.push(e.data);
      added.edges.push(e);
    }
    return added;
  }

  has(id: string): boolean {
    return this.nodeById.has(id) || this.edgeById.has(id);
  }
}
