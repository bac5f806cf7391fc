// find-shortest-paths: every shortest path between two entities, ignoring direction, through
// relationships and entities that pass the filters; parallel citations of one step count once.
// Fragments: current-generation, in-generation, relationship-passes, entity-passes, edge-groups, node-fields
// Params: $fromId, $toId (two different entity ids), $maxLength (1..6), and the graph filter
//   (FilterParams): $types, $stances, $modalities, $credibilities, $sources, $kinds, $windowStart,
//   $windowEnd, $includePossible, $symmetricTypes
// Columns: fromFound, toFound (booleans), paths (lists of entity ids, start to end),
//   nodes (maps: NodeRow), edges (maps: the drawn edges along the paths)
//
// allShortestPaths, not ALL SHORTEST over a quantified pattern: both search breadth first from
// both ends, but ALL SHORTEST with these filters read several times more around the hubs (the
// path search alone, 100,000 entities: 13,337 db hits and 28 ms against 3,610 and 7 ms, same
// paths). Every filter here is one on each step or each entity (all(...)), which the search
// checks as it goes; a filter on the whole path would make Neo4j plan an exhaustive fallback
// search (seconds on a big graph when no path passes), so the length bound is applied after the
// search (the shortest paths all have one length: too long means none) and the start is exempt
// from the entity filter by identity, not by slicing the path. query-plans.test.ts checks the
// plan has no fallback.
@current-generation
OPTIONAL MATCH (from:Entity {id: $fromId}) WHERE @in-generation(from)
OPTIONAL MATCH (to:Entity {id: $toId}) WHERE @in-generation(to)
CALL (from, to) {
  OPTIONAL MATCH p = allShortestPaths((from)-[steps*1..6]-(to))
  WHERE all(r IN steps WHERE @relationship-passes(r))
    AND all(x IN nodes(p) WHERE x = from OR (x:Entity AND @entity-passes(x)))
  WITH p
  WHERE length(p) <= $maxLength
  RETURN collect(p) AS found
}
CALL (found) {
  UNWIND found AS p
  WITH DISTINCT [n IN nodes(p) | n.id] AS path
  ORDER BY path
  RETURN collect(path) AS paths
}
// What the paths pass through is in the generation of their ends: a load only links nodes it
// wrote itself (current-generation).
CALL (found) {
  UNWIND found AS p
  UNWIND nodes(p) AS n
  WITH DISTINCT n
  ORDER BY toLower(n.name), n.id
  RETURN collect(n {@node-fields(n)}) AS nodes
}
// Every passing relationship between two consecutive entities of a shortest path lies on a
// shortest path of its own, so the found paths hold all the citations of their steps.
CALL (found) {
  UNWIND found AS p
  UNWIND relationships(p) AS r
  WITH DISTINCT startNode(r) AS a, r, endNode(r) AS b
  @edge-groups(a, r, b)
}
RETURN from IS NOT NULL AS fromFound, to IS NOT NULL AS toFound, paths, nodes, edges
