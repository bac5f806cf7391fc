// export-focus-step: (export) one step of a focus walk. The entities one in-scope relationship
// (either direction) away from $ids, themselves in scope; the export repeats this `depth` times.
// Fragments: snapshot-generation, in-generation, relationship-passes, in-window
// Params: $gen (the generation readSnapshot pinned), $ids (list of entity ids), $types (list of relationship types), $stances,
//   $modalities, $credibilities (lists of words to keep), $sources (source ids, or null),
//   $categories (list, or null), $windowStart, $windowEnd (dates, both null for no window),
//   $includePossible (boolean)
// Columns: id
@snapshot-generation
MATCH (a:Entity)-[r]-(b:Entity)
WHERE @in-generation(a) AND a.id IN $ids
  AND @relationship-passes(r)
  AND ($categories IS NULL OR b.category IN $categories)
  AND @in-window(b)
RETURN DISTINCT b.id AS id
ORDER BY id
