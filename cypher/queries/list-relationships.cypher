// list-relationships: one page of relationships (one per citing source) that pass the graph
// filter, optionally touching one entity, ordered by id, each with its provenance.
// Fragments: current-generation, in-generation, relationship-passes, entity-passes, relationship-row
// Params: $entity (entity id at either end, or null), the graph filter (FilterParams): $types,
//   $stances, $modalities, $credibilities, $sources, $kinds, $windowStart, $windowEnd,
//   $includePossible ($symmetricTypes unused); $afterId (cursor: id of the last relationship
//   seen, or null), $first (page size)
// Columns: totalCount (all matches, ignoring the cursor), hasNextPage, items (list of maps:
//   RelationshipRow), entityFound (false when $entity names no entity)
@current-generation
CALL (gen) {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE @in-generation(a) AND ($entity IS NULL OR a.id = $entity OR b.id = $entity)
    AND @relationship-passes(r) AND @entity-passes(a) AND @entity-passes(b)
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
