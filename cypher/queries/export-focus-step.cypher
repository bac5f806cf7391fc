// export-focus-step: (export) one step of a focus walk. The entities one in-scope relationship (either direction)
// away from $ids, themselves in scope; the export repeats this `depth` times.
// Params: $ids (list of entity ids), $types (list of relationship types),
//         $confidences (list, or null for every confidence), $categories (list, or null),
//         $from, $to ('YYYY-MM-DD' strings, or null for an open end)
// Columns: id
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $ids
  AND type(r) IN $types
  AND ($confidences IS NULL OR r.confidence IN $confidences)
  AND ($to IS NULL OR r.validFrom IS NULL OR r.validFrom <= date($to))
  AND ($from IS NULL OR r.validTo IS NULL OR r.validTo >= date($from))
  AND ($categories IS NULL OR b.category IN $categories)
  AND ($to IS NULL OR b.validFrom IS NULL OR b.validFrom <= date($to))
  AND ($from IS NULL OR b.validTo IS NULL OR b.validTo >= date($from))
RETURN DISTINCT b.id AS id
ORDER BY id
