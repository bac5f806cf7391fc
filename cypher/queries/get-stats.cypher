// get-stats: the size of the graph: nodes per label, relationships per type, and the degree of
// every group (relationships between entities only, one per citing source).
// Fragments: current-generation, in-generation
// Params: none
// Columns: labels (maps {label, count}), relationshipTypes (maps {type, count}),
//   groupDegrees (maps {entity, inDegree, outDegree, neighbours}, highest total first)
@current-generation
RETURN
  COLLECT {
    CALL (gen) {
      MATCH (n:Entity) WHERE @in-generation(n) RETURN n
      UNION ALL
      MATCH (n:Claim) WHERE @in-generation(n) RETURN n
      UNION ALL
      MATCH (n:Source) WHERE @in-generation(n) RETURN n
    }
    UNWIND labels(n) AS label
    WITH label, count(*) AS count
    ORDER BY label
    RETURN {label: label, count: count}
  } AS labels,
  COLLECT {
    // Every relationship starts at an entity (HAS_CLAIM included).
    MATCH (a:Entity)-[r]->()
    WHERE @in-generation(a)
    WITH type(r) AS type, count(*) AS count
    ORDER BY type
    RETURN {type: type, count: count}
  } AS relationshipTypes,
  COLLECT {
    MATCH (g:Group)
    WHERE @in-generation(g)
    WITH g, COUNT { (g)<-[]-(:Entity) } AS inDegree, COUNT { (g)-[]->(:Entity) } AS outDegree,
      size(COLLECT { MATCH (g)--(o:Entity) RETURN DISTINCT o.id }) AS neighbours
    ORDER BY inDegree + outDegree DESC, toLower(g.name), g.id
    RETURN {
      entity: g {.id, .name, .category, labels: labels(g)},
      inDegree: inDegree, outDegree: outDegree, neighbours: neighbours
    }
  } AS groupDegrees
