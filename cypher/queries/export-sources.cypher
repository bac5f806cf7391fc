// export-sources: (export) one page of the source documents, ordered by id, after $after; $ids
// lists those the export cites, null means every source.
// Fragments: snapshot-generation, in-generation
// Params: $gen (the generation the export pinned), $ids (list of source ids, or null), $after
//   (the last id of the previous page; '' for the first), $limit (page size)
// Columns: id, labels, properties
@snapshot-generation
MATCH (s:Source)
WHERE s.id > $after AND @in-generation(s) AND ($ids IS NULL OR s.id IN $ids)
RETURN s.id AS id, labels(s) AS labels, properties(s) AS properties
ORDER BY id
LIMIT $limit
