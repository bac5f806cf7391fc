// export-entities: (export) one page of the exported entities, ordered by id: those after $after
// (keyset paging, so memory stays flat whatever the size). In scope: see export-entity-scope
// (categories and window, or the ids a focus walk reached); with isolated=exclude only those
// export-entity-kept keeps.
// Fragments: snapshot-generation, in-generation, export-entity-scope, export-entity-kept
// Params: $gen (the generation the export pinned), $after (the last id of the previous page; '' for the first),
//   $limit (page size), $ids, $categories, $windowStart, $windowEnd, $includePossible,
//   $connectedOnly, $focus, and the relationship filter ($types, $stances, $modalities,
//   $credibilities, $sources) for export-entity-kept
// Columns: id, labels, properties (knownFrom, knownTo, possibleFrom, possibleTo among them)
@snapshot-generation
MATCH (n:Entity)
WHERE n.id > $after AND @in-generation(n)
  AND @export-entity-scope(n)
  AND @export-entity-kept(n)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
LIMIT $limit
