// get-stats: the size of the graph: nodes per label, statements per relationship type (every
// stance and modality: what is stored), and the degree of every group, which counts only the facts
// that hold (@holds: asserted, actual; one per citing source), so denials and aims rank nothing.
// Fragments: current-generation, in-generation, holds
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
    WITH g, COUNT { (g)<-[heldIn]-(:Entity) WHERE @holds(heldIn) } AS inDegree,
      COUNT { (g)-[heldOut]->(:Entity) WHERE @holds(heldOut) } AS outDegree,
      size(COLLECT { MATCH (g)-[held]-(o:Entity) WHERE @holds(held) RETURN DISTINCT o.id }) AS neighbours
    ORDER BY inDegree + outDegree DESC, toLower(g.name), g.id
    RETURN {
      entity: g {.id, .name, .category, labels: labels(g)},
      inDegree: inDegree, outDegree: outDegree, neighbours: neighbours
    }
  } AS groupDegrees
