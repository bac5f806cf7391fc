// export-claims: (export) the claims (figures, dates) of the exported entities, each with the entity it is about.
// Params: $ids (list of the exported entity ids), $confidences (list, or null for every confidence)
// Columns: entity, id, labels, properties
MATCH (e:Entity)-[:HAS_CLAIM]->(c:Claim)
WHERE e.id IN $ids
  AND ($confidences IS NULL OR c.confidence IN $confidences)
RETURN e.id AS entity, c.id AS id, labels(c) AS labels, properties(c) AS properties
ORDER BY entity, id
