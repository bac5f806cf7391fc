// entity-row: an entity e as its page shows it (an EntityRow): its node fields, degree (facts that
// hold: @holds), and,
// when asked, every claim and every relationship touching it with stance and the rest (no
// filter thins these: the page lists denials and aims as such).
// Params: $withClaims, $withRelationships (booleans), and those of time-status
// Args: e
e {
  @node-fields(e),
  degree: {
    inDegree: COUNT { (e)<-[heldIn]-(:Entity) WHERE @holds(heldIn) },
    outDegree: COUNT { (e)-[heldOut]->(:Entity) WHERE @holds(heldOut) }
  },
  claims: CASE WHEN $withClaims THEN COLLECT {
    MATCH (e)-[:HAS_CLAIM]->(c:Claim)
    OPTIONAL MATCH (s:Source {id: c.source, gen: c.gen})
    RETURN @claim-row(c, e, s) AS claim
    ORDER BY claim.property, claim.id
  } ELSE [] END,
  relationships: CASE WHEN $withRelationships THEN COLLECT {
    MATCH (e)-[r]-(:Entity)
    WITH DISTINCT r
    WITH r, startNode(r) AS a, endNode(r) AS b
    OPTIONAL MATCH (s:Source {id: r.source, gen: r.gen})
    RETURN @relationship-row(r, a, b, s) AS rel
    ORDER BY rel.type, rel.id
  } ELSE [] END
}
