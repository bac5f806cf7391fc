// export-relationships: (export) the relationships in scope, between two exported entities, one
// row per citation.
// Fragments: relationship-passes
// Params: $ids (list of the exported entity ids), $types (list of relationship types),
//   $stances, $modalities, $credibilities (lists of words to keep), $sources (source ids, or
//   null), $windowStart, $windowEnd (dates, both null for no window), $includePossible (boolean)
// Columns: id, type, source, target, properties (stance … possibleTo among them)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids
  AND b.id IN $ids
  AND @relationship-passes(r)
RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type, a.id AS source, b.id AS target,
       properties(r) AS properties
ORDER BY id
