// overview-top-entities: the viewer's first view of a large graph: the $limit most connected
// entities by the facts that hold (@holds: asserted, actual, as an entity's degree counts), in
// that order with their degree, and the passing relationships among them as drawn edges.
// Counting held facts reads two properties of every relationship, too slow for every entity of
// a large graph, so entities are first ranked by how many relationships they have of any stance
// (the node's own count: no relationship property is read), and only the first $candidates are
// counted exactly. A held count never exceeds that count, so the answer is exact when the last
// degree kept is at least the count of the first entity left out (column exact).
// Fragments: current-generation, in-generation, kind-kept, holds, relationship-passes, edge-groups, node-fields
// Params: $limit, $candidates (integers, $candidates >= $limit), $kinds (entity labels to
//   rank), and the graph filter for the edges (FilterParams): $types, $stances, $modalities,
//   $credibilities, $sources, $windowStart, $windowEnd, $includePossible, $symmetricTypes
// Columns: exact (boolean), nodes (maps: NodeRow with degree, most connected first), edges
@current-generation
CALL (gen) {
  MATCH (e:Entity)
  WHERE @in-generation(e) AND @kind-kept(e)
  WITH e, COUNT { (e)--() } - COUNT { (e)-[:HAS_CLAIM]->() } AS linked
  ORDER BY linked DESC
  LIMIT $candidates + 1
  RETURN collect({entity: e, linked: linked}) AS ranked
}
WITH ranked[0..$candidates] AS counted, ranked[$candidates].linked AS firstLeftOut
CALL (counted) {
  UNWIND counted AS c
  WITH c.entity AS e
  WITH e, COUNT { (e)-[held]-(:Entity) WHERE @holds(held) } AS degree
  ORDER BY degree DESC, toLower(e.name), e.id
  LIMIT $limit
  RETURN collect({entity: e, degree: degree}) AS top
}
WITH firstLeftOut, top, [t IN top | t.entity] AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN members AND @relationship-passes(r)
  @edge-groups(a, r, b)
}
CALL (top) {
  UNWIND top AS t
  WITH t.entity AS n, t.degree AS degree
  RETURN collect(n {@node-fields(n), degree: degree}) AS nodes
}
RETURN firstLeftOut IS NULL OR size(top) = 0 OR top[-1].degree >= firstLeftOut AS exact, nodes, edges
