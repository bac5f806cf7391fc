// export-focus-check: (export) which of the focus ids name an entity (an unknown id is a bad request, not an empty export).
// Params: $ids (list of entity ids)
// Columns: id
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id
ORDER BY id
