// ping-database: answers when Neo4j is up, with a rough size of what is loaded (for /healthz).
// Params: none
// Columns: entities, sources, claims, relationships (integers)
RETURN
  COUNT { (:Entity) } AS entities,
  COUNT { (:Source) } AS sources,
  COUNT { (:Claim) } AS claims,
  COUNT { ()-[]->() } AS relationships
