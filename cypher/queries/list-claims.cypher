// list-claims: figures and dates stated about entities, each with its source and quote, for one
// entity or all of them, optionally one property only; the API groups them side by side.
// Params: $entityId (entity id or null for all), $property (claim property or null for all)
// Columns: entityFound (boolean; true when $entityId is null), claims (list of maps)
OPTIONAL MATCH (subject:Entity {id: $entityId})
CALL () {
  MATCH (e:Entity)-[:HAS_CLAIM]->(c:Claim)
  WHERE ($entityId IS NULL OR e.id = $entityId) AND ($property IS NULL OR c.property = $property)
  OPTIONAL MATCH (s:Source {id: c.source})
  WITH e, c, s
  ORDER BY toLower(e.name), e.id, c.property, c.id
  RETURN collect(c {
    .id, .property, .value, .valueDate, .valuePrecision, .valueText, .qualifier, .unit, .refersTo,
    .asOf, .asOfPrecision, .quote, .confidence, .attributedTo, .note,
    subject: e {.id, .name, .category, labels: labels(e)},
    source: s {.id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind}
  }) AS claims
}
RETURN $entityId IS NULL OR subject IS NOT NULL AS entityFound, claims
