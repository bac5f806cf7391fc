// find-shortest-paths: every shortest path between two entities, ignoring direction, through
// relationships and entities that pass the filters; parallel citations of one step count once.
// Fragments: current-generation, in-generation, type-kept, relationship-passes, entity-passes,
//   edge-groups, node-fields
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
//
// Two searches, the second only when needed. A search checks its filter on every relationship
// it reads, and it reads every relationship of a hub it meets, whichever end it starts from; the
// fact filter reads properties of each (the bench's request, into a hub of 491 relationships:
// 2.2 ms raw at 1,000 entities, 4.5 ms at 100,000, for the same four paths). So the first search
// keeps only the types asked, read from the relationship itself, and the whole filter is checked
// on the paths it finds (1.9 and 2.6 ms). Those that pass are the answer whenever one does: the
// filtered graph lies within the searched one, so no passing path is shorter, and every passing
// path of that length is among those found. When none passes, the second search walks the
// filtered graph as before, so a filter that rules out the shortest paths pays for both (81 of
// the 1,248 pairs and filters of shortest-paths-two-searches.test.ts, which compares the two
// ways on the seed).
@current-generation
OPTIONAL MATCH (from:Entity {id: $fromId}) WHERE @in-generation(from)
OPTIONAL MATCH (to:Entity {id: $toId}) WHERE @in-generation(to)
CALL (from, to) {
  OPTIONAL MATCH p = allShortestPaths((from)-[steps*1..6]-(to))
  WHERE all(r IN steps WHERE @type-kept(r))
  WITH collect(p) AS shortest
  RETURN [p IN shortest WHERE all(r IN relationships(p) WHERE @relationship-passes(r))
    AND all(x IN nodes(p) WHERE x = from OR (x:Entity AND @entity-passes(x)))] AS passing
}
CALL (from, to, passing) {
  WITH passing
  WHERE passing <> []
  RETURN passing AS shortest
  UNION ALL
  WITH from, to, passing
  WHERE passing = []
  OPTIONAL MATCH p = allShortestPaths((from)-[steps*1..6]-(to))
  WHERE all(r IN steps WHERE @relationship-passes(r))
    AND all(x IN nodes(p) WHERE x = from OR (x:Entity AND @entity-passes(x)))
  RETURN collect(p) AS shortest
}
WITH from, to, [p IN shortest WHERE length(p) <= $maxLength] AS found
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
