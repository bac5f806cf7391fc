// export-cited-sources: (export) the ids of the source documents the exported relationships and
// claims cite (their `source` property), for a scoped export's sources list. A few thousand short
// strings at most: one per document, whatever the number of entities.
// Fragments: snapshot-generation, in-generation, export-entity-scope, export-entity-kept, relationship-passes, fact-passes
// Params: those of export-entities but $after and $limit
// Columns: id
@snapshot-generation
CALL (gen) {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE @in-generation(a) AND @relationship-passes(r)
    AND @export-entity-scope(a) AND @export-entity-scope(b)
  RETURN r.source AS id
  UNION
  MATCH (e:Entity)-[:HAS_CLAIM]->(c:Claim)
  WHERE @in-generation(e) AND @fact-passes(c)
    AND @export-entity-scope(e) AND @export-entity-kept(e)
  RETURN c.source AS id
}
WITH id WHERE id IS NOT NULL
RETURN id
ORDER BY id
