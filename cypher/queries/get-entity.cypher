// get-entity: one entity with everything a researcher reads on its page: names, category,
// dates with precision, degree, its claims and every relationship touching it, each with the
// source document that states it.
// Params: $id (entity id), $withClaims, $withRelationships (booleans: skip what was not asked for)
// Columns: entity (map; no row when the id is unknown)
MATCH (e:Entity {id: $id})
RETURN e {
  .id, .name, .category, .aliases,
  .validFrom, .validFromPrecision, .validTo, .validToPrecision,
  labels: labels(e),
  degree: {inDegree: COUNT { (e)<-[]-(:Entity) }, outDegree: COUNT { (e)-[]->(:Entity) }},
  claims: CASE WHEN $withClaims THEN COLLECT {
    MATCH (e)-[:HAS_CLAIM]->(c:Claim)
    OPTIONAL MATCH (s:Source {id: c.source})
    RETURN c {
      .id, .property, .value, .valueDate, .valuePrecision, .valueText, .qualifier, .unit, .refersTo,
      .asOf, .asOfPrecision, .quote, .confidence, .attributedTo, .note,
      subject: e {.id, .name, .category, labels: labels(e)},
      source: s {.id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind}
    } AS claim
    ORDER BY claim.property, claim.id
  } ELSE [] END,
  relationships: CASE WHEN $withRelationships THEN COLLECT {
    MATCH (e)-[r]-(:Entity)
    WITH DISTINCT r
    WITH r, startNode(r) AS a, endNode(r) AS b
    OPTIONAL MATCH (s:Source {id: r.source})
    RETURN r {
      .id, .quote, .confidence, .attributedTo, .note, .role,
      .validFrom, .validFromPrecision, .validTo, .validToPrecision,
      type: type(r),
      from: a {.id, .name, .category, labels: labels(a)},
      to: b {.id, .name, .category, labels: labels(b)},
      source: s {.id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind}
    } AS rel
    ORDER BY rel.type, rel.id
  } ELSE [] END
} AS entity
