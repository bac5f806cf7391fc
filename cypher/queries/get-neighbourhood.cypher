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
// Breadth first, one level at a time (each level the passing entities one passing step beyond
// the ones before), so depth 1 reads only the root's own relationships: the time follows the
// neighbourhood, not the graph. A node's level is its distance, as a shortest path would give.
CALL (root) {
  OPTIONAL MATCH (root)-[r]-(x:Entity)
  WHERE x <> root AND @relationship-passes(r) AND @entity-passes(x)
  RETURN collect(DISTINCT x) AS level1
}
CALL (root, level1) {
  UNWIND CASE WHEN $depth >= 2 THEN level1 ELSE [] END AS y
  MATCH (y)-[r]-(x:Entity)
  WHERE x <> root AND NOT x IN level1 AND @relationship-passes(r) AND @entity-passes(x)
  RETURN collect(DISTINCT x) AS level2
}
CALL (root, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 THEN level2 ELSE [] END AS y
  MATCH (y)-[r]-(x:Entity)
  WHERE x <> root AND NOT x IN level1 AND NOT x IN level2 AND @relationship-passes(r) AND @entity-passes(x)
  RETURN collect(DISTINCT x) AS level3
}
WITH root, CASE WHEN root IS NULL THEN [] ELSE
    [{node: root, depth: 0}] + [n IN level1 | {node: n, depth: 1}] + [n IN level2 | {node: n, depth: 2}]
      + [n IN level3 | {node: n, depth: 3}]
  END AS reached
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
