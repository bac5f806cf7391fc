// An ExportGraph held in memory as an ExportStream, so the streaming serializers also write the
// small graphs of the unit tests; its summary is computed from the records the way the summary
// queries compute it in Neo4j (read-graph.ts).
import type { ExportGraph, ExportStream, KeyKinds, Properties } from './graph-types.ts';
import { propertyKeys } from './describe.ts';
import { valueKind, type ValueKind } from './values.ts';

/** The keys (orderKeys order) of the items' properties and the kinds of their non-null values. */
export function keyKinds(items: readonly { properties: Properties }[]): KeyKinds {
  const map = new Map<string, Set<ValueKind>>(propertyKeys(items).map((key) => [key, new Set()]));
  for (const item of items) {
    for (const [key, value] of Object.entries(item.properties)) {
      if (value !== null && value !== undefined) map.get(key)!.add(valueKind(value));
    }
  }
  return map;
}

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

export function graphStream(graph: ExportGraph): ExportStream {
  return {
    meta: graph.meta,
    schema: graph.schema,
    summary: {
      counts: { nodes: graph.nodes.length, edges: graph.edges.length, sources: graph.sources.length },
      nodeKeys: keyKinds(graph.nodes),
      edgeKeys: keyKinds(graph.edges),
      sourceKeys: keyKinds(graph.sources),
    },
    sources: () => each(graph.sources),
    nodes: () => each(graph.nodes),
    edges: () => each(graph.edges),
  };
}
