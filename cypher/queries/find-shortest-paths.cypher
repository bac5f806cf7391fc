// find-shortest-paths: every shortest path between two entities, ignoring direction, through
// relationships and entities that pass the filters; parallel citations of one step count once.
// Fragments: current-generation, in-generation, relationship-passes, entity-passes, edge-groups, node-fields
// Params: $fromId, $toId (entity ids), $maxLength (1..6), and the graph filter (FilterParams):
//   $types, $stances, $modalities, $credibilities, $sources, $kinds, $windowStart, $windowEnd,
//   $includePossible, $symmetricTypes
// Columns: fromFound, toFound (booleans), paths (lists of entity ids, start to end),
//   nodes (maps: NodeRow), edges (maps: the drawn edges along the paths)
@current-generation
OPTIONAL MATCH (from:Entity {id: $fromId}) WHERE @in-generation(from)
OPTIONAL MATCH (to:Entity {id: $toId}) WHERE @in-generation(to)
CALL (from, to) {
  OPTIONAL MATCH p = ALL SHORTEST (from)
    (()-[r WHERE @relationship-passes(r)]-(x:Entity WHERE @entity-passes(x))){1,6}
    (to)
  WHERE length(p) <= $maxLength
  WITH DISTINCT [n IN nodes(p) | n.id] AS path
  WHERE path IS NOT NULL
  ORDER BY path
  RETURN collect(path) AS paths
}
CALL (paths, gen) {
  UNWIND paths AS path
  UNWIND path AS id
  WITH DISTINCT id
  MATCH (n:Entity {id: id})
  WHERE @in-generation(n)
  WITH n
  ORDER BY toLower(n.name), n.id
  RETURN collect(n {@node-fields(n)}) AS nodes
}
CALL (paths, gen) {
  UNWIND paths AS path
  UNWIND range(0, size(path) - 2) AS i
  WITH DISTINCT path[i] AS u, path[i + 1] AS v
  // Both ends by their (id, gen) constraint, then only the relationships between them.
  MATCH (x:Entity {id: u}), (y:Entity {id: v})
  WHERE @in-generation(x) AND @in-generation(y)
  MATCH (x)-[r]-(y)
  WHERE @relationship-passes(r)
  WITH DISTINCT startNode(r) AS a, r, endNode(r) AS b
  @edge-groups(a, r, b)
}
RETURN from IS NOT NULL AS fromFound, to IS NOT NULL AS toFound, paths, nodes, edges
