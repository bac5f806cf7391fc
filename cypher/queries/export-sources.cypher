// export-sources: (export) one page of the source documents, ordered by id, after $after; $ids
// lists those the export cites, null means every source.
// Fragments: snapshot-generation, in-generation
// Params: $gen (the generation the export pinned), $ids (list of source ids, or null), $after
//   (id, or null for the first page), $limit (page size)
// Columns: id, labels, properties
@snapshot-generation
MATCH (s:Source)
WHERE @in-generation(s) AND ($ids IS NULL OR s.id IN $ids) AND ($after IS NULL OR s.id > $after)
RETURN s.id AS id, labels(s) AS labels, properties(s) AS properties
ORDER BY id
LIMIT $limit
