// export-sources: (export) the source documents; $ids lists those the export cites, null means every source.
// Params: $ids (list of source ids, or null)
// Columns: id, labels, properties
MATCH (s:Source)
WHERE $ids IS NULL OR s.id IN $ids
RETURN s.id AS id, labels(s) AS labels, properties(s) AS properties
ORDER BY id
