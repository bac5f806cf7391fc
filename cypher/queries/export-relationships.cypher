// export-relationships: (export) the relationships in scope, between two exported entities, one
// row per citation.
// Fragments: snapshot-generation, in-generation, relationship-passes
// Params: $gen (the generation readSnapshot pinned), $ids (list of the exported entity ids), $types (list of relationship types),
//   $stances, $modalities, $credibilities (lists of words to keep), $sources (source ids, or
//   null), $windowStart, $windowEnd (dates, both null for no window), $includePossible (boolean)
// Columns: id, type, source, target, properties (stance … possibleTo among them)
@snapshot-generation
MATCH (a:Entity)-[r]->(b:Entity)
WHERE @in-generation(a) AND a.id IN $ids
  AND b.id IN $ids
  AND @relationship-passes(r)
RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type, a.id AS source, b.id AS target,
       properties(r) AS properties
ORDER BY id
