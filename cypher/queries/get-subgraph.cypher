// get-subgraph: the whole graph under the filters, as the viewer draws it: every passing
// relationship grouped into drawn edges with citations, the entities they connect and, with
// $includeIsolated, the passing entities that have no passing relationship.
// Fragments: current-generation, in-generation, relationship-passes, entity-passes, edge-groups, node-fields (cypher/queries/fragments)
// Params: the graph filter (FilterParams): $types, $stances, $modalities, $credibilities,
//   $sources (ids or null), $kinds, $windowStart, $windowEnd (dates or null), $includePossible,
//   $symmetricTypes; and $includeIsolated (boolean)
// Columns: nodes (maps: NodeRow), edges (maps: EdgeRow)
@current-generation
CALL (gen) {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE @in-generation(a) AND @relationship-passes(r) AND @entity-passes(a) AND @entity-passes(b)
  @edge-groups(a, r, b)
}
WITH gen, edges, [e IN edges | e.source] + [e IN edges | e.target] AS touched
CALL (touched, gen) {
  MATCH (n:Entity)
  WHERE @in-generation(n) AND (n.id IN touched OR ($includeIsolated AND @entity-passes(n)))
  WITH n
  ORDER BY toLower(n.name), n.id
  RETURN collect(n {@node-fields(n)}) AS nodes
}
RETURN nodes, edges
