// get-source: one source document and everything it supports: every relationship and every
// claim that cites it, each with its quote.
// Params: $id (source id)
// Columns: source (map; no row when the id is unknown)
MATCH (s:Source {id: $id})
RETURN s {
  .id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind,
  relationshipCount: COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.source = s.id },
  claimCount: COUNT { MATCH (c:Claim) WHERE c.source = s.id },
  relationships: COLLECT {
    MATCH (a:Entity)-[r]->(b:Entity)
    WHERE r.source = s.id
    RETURN r {
      .id, .quote, .confidence, .attributedTo, .note, .role,
      .validFrom, .validFromPrecision, .validTo, .validToPrecision,
      type: type(r),
      from: a {.id, .name, .category, labels: labels(a)},
      to: b {.id, .name, .category, labels: labels(b)},
      source: s {.id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind}
    } AS rel
    ORDER BY rel.id
  },
  claims: COLLECT {
    MATCH (e:Entity)-[:HAS_CLAIM]->(c:Claim)
    WHERE c.source = s.id
    RETURN c {
      .id, .property, .value, .valueDate, .valuePrecision, .valueText, .qualifier, .unit, .refersTo,
      .asOf, .asOfPrecision, .quote, .confidence, .attributedTo, .note,
      subject: e {.id, .name, .category, labels: labels(e)},
      source: s {.id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind}
    } AS claim
    ORDER BY claim.id
  }
} AS source
