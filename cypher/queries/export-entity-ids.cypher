// export-entity-ids: (export) one page of the exported entities' ids, ordered by id, after $after:
// the pages the export reads claims and relationships by (as export-entities, without properties).
// Fragments: snapshot-generation, in-generation, export-entity-scope, export-entity-kept
// Params: those of export-entities
// Columns: id
@snapshot-generation
MATCH (n:Entity)
WHERE n.id > $after AND @in-generation(n)
  AND @export-entity-scope(n)
  AND @export-entity-kept(n)
RETURN n.id AS id
ORDER BY id
LIMIT $limit
