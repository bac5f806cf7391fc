// export-relationships: (export) the relationships in scope, between two exported entities, one row per citation.
// Params: $ids (list of the exported entity ids), $types (list of relationship types),
//         $confidences (list, or null for every confidence),
//         $from, $to ('YYYY-MM-DD' strings, or null for an open end)
// Columns: id, type, source, target, properties
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids
  AND b.id IN $ids
  AND type(r) IN $types
  AND ($confidences IS NULL OR r.confidence IN $confidences)
  AND ($to IS NULL OR r.validFrom IS NULL OR r.validFrom <= date($to))
  AND ($from IS NULL OR r.validTo IS NULL OR r.validTo >= date($from))
RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type, a.id AS source, b.id AS target,
       properties(r) AS properties
ORDER BY id
