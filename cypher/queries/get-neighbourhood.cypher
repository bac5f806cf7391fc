// get-neighbourhood: the entities within $depth steps of one entity (any direction, through
// relationships and entities that pass the filters) and every passing relationship among them,
// grouped into drawn edges (one per start, type and end; symmetric types merged both ways).
// Fragments: current-generation, in-generation, relationship-passes, entity-passes, edge-groups, node-fields
// Params: $id (entity id), $depth (1..3), and the graph filter (FilterParams): $types,
//   $stances, $modalities, $credibilities, $sources, $kinds, $windowStart, $windowEnd,
//   $includePossible, $symmetricTypes
// Columns: found (boolean), nodes (maps: NodeRow with depth, 0 for the entity itself), edges
@current-generation
OPTIONAL MATCH (root:Entity {id: $id}) WHERE @in-generation(root)
CALL (root) {
  OPTIONAL MATCH p = ANY SHORTEST (root)
    (()-[r WHERE @relationship-passes(r)]-(x:Entity WHERE @entity-passes(x))){1,3}
    (n)
  WHERE length(p) <= $depth AND n <> root
  RETURN collect({node: n, depth: length(p)}) AS reached
}
WITH root, CASE WHEN root IS NULL THEN [] ELSE [{node: root, depth: 0}] + reached END AS reached
WITH root, reached, [x IN reached | x.node] AS members
CALL (reached) {
  UNWIND reached AS x
  WITH x.node AS n, x.depth AS depth
  ORDER BY depth, toLower(n.name), n.id
  RETURN collect(n {@node-fields(n), depth: depth}) AS nodes
}
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN members AND @relationship-passes(r)
  @edge-groups(a, r, b)
}
RETURN root IS NOT NULL AS found, nodes, edges
