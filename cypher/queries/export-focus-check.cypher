// export-focus-check: (export) which of the focus ids name an entity (an unknown id is a bad request, not an empty export).
// Fragments: snapshot-generation, in-generation
// Params: $gen (the generation readSnapshot pinned), $ids (list of entity ids)
// Columns: id
@snapshot-generation
MATCH (n:Entity)
WHERE @in-generation(n) AND n.id IN $ids
RETURN n.id AS id
ORDER BY id
