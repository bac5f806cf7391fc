// export-entities: (export) the entities in scope. Every :Entity whose category is kept and whose own time bounds
// overlap the window; without a focus $ids is null (the whole graph), with one it lists the ids
// the focus walk reached.
// Params: $categories (list of strings, or null for every category),
//         $from, $to ('YYYY-MM-DD' strings, or null for an open end), $ids (list of ids, or null)
// Columns: id, labels, properties
MATCH (n:Entity)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($categories IS NULL OR n.category IN $categories)
  AND ($to IS NULL OR n.validFrom IS NULL OR n.validFrom <= date($to))
  AND ($from IS NULL OR n.validTo IS NULL OR n.validTo >= date($from))
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
