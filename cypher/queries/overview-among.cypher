// overview-among: the given entities of the current generation and every passing relationship
// among them as drawn edges: how the viewer, holding only part of a large graph, gets the edges
// of a path it was told about (shortestPaths walks asserted facts; this gives each of its edges
// with every citation the page's filters may show).
// Fragments: current-generation, in-generation, relationship-passes, edge-groups, node-fields
// Params: $ids (entity ids), and the graph filter (FilterParams): $types, $stances, $modalities,
//   $credibilities, $sources, $windowStart, $windowEnd, $includePossible, $symmetricTypes
// Columns: nodes (maps: NodeRow, in the order of $ids; unknown ids are left out), edges
@current-generation
CALL (gen) {
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WHERE @in-generation(e)
  RETURN collect(e) AS members
}
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN members AND @relationship-passes(r)
  @edge-groups(a, r, b)
}
RETURN [n IN members | n {@node-fields(n)}] AS nodes, edges
