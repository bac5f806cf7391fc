// ping-database: answers when Neo4j is up, with a rough size of what is loaded (for /healthz).
// Fragments: current-generation, in-generation
// Params: none
// Columns: entities, sources, claims, relationships (integers)
@current-generation
RETURN
  COUNT { (e:Entity) WHERE @in-generation(e) } AS entities,
  COUNT { (s:Source) WHERE @in-generation(s) } AS sources,
  COUNT { (c:Claim) WHERE @in-generation(c) } AS claims,
  COUNT { (a:Entity)-[]->() WHERE @in-generation(a) } AS relationships
