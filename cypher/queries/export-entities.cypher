// export-entities: (export) the entities in scope: every :Entity whose category is kept and that
// is in the window (known to exist there, or possibly with $includePossible); without a focus
// $ids is null (the whole graph), with one it lists the ids the focus walk reached.
// Fragments: snapshot-generation, in-generation, in-window
// Params: $gen (the generation readSnapshot pinned), $categories (list of strings, or null for every category), $windowStart, $windowEnd
//   (dates, both null for no window), $includePossible (boolean), $ids (list of ids, or null)
// Columns: id, labels, properties (knownFrom, knownTo, possibleFrom, possibleTo among them)
@snapshot-generation
MATCH (n:Entity)
WHERE @in-generation(n)
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($categories IS NULL OR n.category IN $categories)
  AND @in-window(n)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
