// list-relationships: one page of relationships (one per citing source) that pass the graph
// filter, optionally touching one entity, ordered by id, each with its provenance.
// Two branches, of which the parameters pick one (a `$entity IS NULL OR …` test would hide the
// index from the planner): with $entity the walk starts at that entity (the (id, gen)
// constraint) and reads only its own relationships, so the time follows its degree, not the
// graph's size; without it every relationship of the generation is read.
// Fragments: current-generation, in-generation, relationship-passes, entity-passes, relationship-row
// Params: $entity (entity id at either end, or null), the graph filter (FilterParams): $types,
//   $stances, $modalities, $credibilities, $sources, $kinds, $windowStart, $windowEnd,
//   $includePossible ($symmetricTypes unused); $afterId (cursor: id of the last relationship
//   seen, or null), $first (page size)
// Columns: totalCount (all matches, ignoring the cursor), hasNextPage, items (list of maps:
//   RelationshipRow), entityFound (false when $entity names no entity)
@current-generation
CALL (gen) {
  CALL (gen) {
    WITH gen WHERE $entity IS NOT NULL
    MATCH (x:Entity {id: $entity})
    WHERE @in-generation(x)
    MATCH (x)-[r]-(:Entity)
    WITH DISTINCT r
    WITH startNode(r) AS a, r, endNode(r) AS b
    WHERE @relationship-passes(r) AND @entity-passes(a) AND @entity-passes(b)
    RETURN a, r, b
    UNION ALL
    // An UNWIND of nothing when an entity is given: the scan below never starts.
    UNWIND CASE WHEN $entity IS NULL THEN [gen] ELSE [] END AS whole
    MATCH (a:Entity)-[r]->(b:Entity)
    WHERE a.gen = whole AND @relationship-passes(r) AND @entity-passes(a) AND @entity-passes(b)
    RETURN a, r, b
  }
  WITH a, r, b
  ORDER BY r.id
  RETURN collect({a: a, r: r, b: b}) AS matches
}
WITH gen, size(matches) AS totalCount, [m IN matches WHERE $afterId IS NULL OR m.r.id > $afterId] AS rest
WITH gen, totalCount, rest[0..$first] AS page, size(rest) > $first AS hasNextPage
CALL (page) {
  UNWIND page AS m
  WITH m.a AS a, m.r AS r, m.b AS b
  OPTIONAL MATCH (s:Source {id: r.source, gen: r.gen})
  RETURN collect(@relationship-row(r, a, b, s)) AS items
}
RETURN totalCount, hasNextPage, items,
  $entity IS NULL OR EXISTS { MATCH (x:Entity {id: $entity}) WHERE @in-generation(x) } AS entityFound
