// export-claims: (export) the claims (figures, dates) in scope of the exported entities, each
// with the entity it is about.
// Fragments: snapshot-generation, in-generation, fact-passes
// Params: $gen (the generation the export pinned), $ids (list of exported entity ids: one page), $stances, $modalities, $credibilities (lists
//   of words to keep), $sources (source ids, or null), $windowStart, $windowEnd (dates, both
//   null for no window), $includePossible (boolean)
// Columns: entity, id, labels, properties (stance … possibleTo among them)
@snapshot-generation
MATCH (e:Entity)-[:HAS_CLAIM]->(c:Claim)
WHERE @in-generation(e) AND e.id IN $ids
  AND @fact-passes(c)
RETURN e.id AS entity, c.id AS id, labels(c) AS labels, properties(c) AS properties
ORDER BY entity, id
