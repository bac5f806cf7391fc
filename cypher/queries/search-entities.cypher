// search-entities: entities whose name or aliases match, best first, through the full-text
// index `entityNames`. The API builds $query from the user's text: every term escaped for
// Lucene, then searched exactly (boosted), as a prefix and fuzzily (~).
// An entity whose name or alias equals the text (ignoring case) comes first.
// Params: $query (Lucene query string), $text (the user's text, lower-case, trimmed), $limit,
//   $kinds (entity labels to keep),
//   $withClaims, $withRelationships (booleans: skip what was not asked for)
// Columns: entity (map), score (float, higher is better), exact (boolean: a name equals the text)
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WHERE node:Entity AND any(label IN labels(node) WHERE label IN $kinds)
WITH node AS e, score, any(n IN coalesce(node.aliases, []) + [node.name] WHERE toLower(n) = $text) AS exact
ORDER BY exact DESC, score DESC, toLower(e.name), e.id
LIMIT $limit
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
} AS entity, score, exact
