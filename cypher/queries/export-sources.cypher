// export-sources: (export) the source documents; $ids lists those the export cites, null means every source.
// Fragments: snapshot-generation, in-generation
// Params: $gen (the generation readSnapshot pinned), $ids (list of source ids, or null)
// Columns: id, labels, properties
@snapshot-generation
MATCH (s:Source)
WHERE @in-generation(s) AND ($ids IS NULL OR s.id IN $ids)
RETURN s.id AS id, labels(s) AS labels, properties(s) AS properties
ORDER BY id
