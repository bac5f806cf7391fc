// Node-link JSON that NetworkX reads as a directed multigraph:
//   nx.node_link_graph(data, edges="links")        (NetworkX ≥ 3.4; older versions: no keyword)
// `directed` and `multigraph` are set in the data; each link's `key` is the relationship id.
// Nodes: {id, labels, properties}; links: {source, target, key, type, properties}. Properties
// stay nested so a relationship's provenance `source` (the document id) never meets the link's
// `source` (the start node). Sources are a top-level list in `graph.sources`; `graph.factFields`
// says what each fact field on relationships and claims means (null: the fact has no value).
// Written element by element as the stream yields them: the head's counts come from the summary.
import type { Chunk, ExportNode, ExportStream } from './graph-types.ts';
import { jsonProperties } from './describe.ts';
import { FACT_FIELDS, STIX_NOTE, TIME_NOTE } from './fact-fields.ts';

function plainNode(node: ExportNode) {
  return { id: node.id, labels: node.labels, properties: jsonProperties(node.properties) };
}

/** Where the sources list goes in the head (the last field of `graph`), split out to stream it. */
const SOURCES_MARK = '"sources": []';

export async function* serializeJson(graph: ExportStream): AsyncGenerator<Chunk> {
  const { meta, summary } = graph;
  const head = {
    directed: true,
    multigraph: true,
    graph: {
      name: 'Khorasan Graph',
      datasetVersion: meta.datasetVersion,
      exportedAt: meta.exportedAt,
      scope: meta.scope,
      counts: { nodes: summary.counts.nodes, links: summary.counts.edges, sources: summary.counts.sources },
      reading:
        'nx.node_link_graph(data, edges="links") gives a MultiDiGraph; link key = relationship id; ' +
        'dates are YYYY-MM-DD strings with a *Precision property; claims are nodes labelled Claim, ' +
        'joined to their entity by HAS_CLAIM links; a property `source` is the id of a graph.sources entry. ' +
        `Relationships and claims carry every field of graph.factFields (null where the fact has none). ${STIX_NOTE} ${TIME_NOTE}`,
      factFields: Object.fromEntries(FACT_FIELDS.map((f) => [f.name, f.meaning])),
      sources: [],
    },
  };
  // The same text as JSON.stringify(head, null, 1) with the sources in it: each source is indented
  // three levels (root, graph, sources).
  const headText = JSON.stringify(head, null, 1);
  const at = headText.lastIndexOf(SOURCES_MARK);
  yield headText.slice(0, at) + '"sources": [';
  let first = true;
  for await (const source of graph.sources()) {
    const text = JSON.stringify(plainNode(source), null, 1).replace(/\n/g, '\n   ');
    yield (first ? '\n   ' : ',\n   ') + text;
    first = false;
  }
  yield (first ? ']' : '\n  ]') + headText.slice(at + SOURCES_MARK.length, -2) + ',\n"nodes": [';
  first = true;
  for await (const node of graph.nodes()) {
    yield (first ? '\n' : ',\n') + JSON.stringify(plainNode(node));
    first = false;
  }
  yield '\n],\n"links": [';
  first = true;
  for await (const edge of graph.edges()) {
    const link = {
      source: edge.source,
      target: edge.target,
      key: edge.id,
      type: edge.type,
      properties: jsonProperties(edge.properties),
    };
    yield (first ? '\n' : ',\n') + JSON.stringify(link);
    first = false;
  }
  yield '\n]\n}\n';
}
