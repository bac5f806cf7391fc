// get-source: one source document and everything it supports: every relationship and every
// claim that cites it (denials and aims included, each saying so), each with its quote.
// Fragments: current-generation, in-generation, relationship-row, claim-row
// Params: $id (source id), $windowStart, $windowEnd, $includePossible (null, null, false: no
//   window here)
// Columns: source (map: SourceDetailRow; no row when the id is unknown)
@current-generation
MATCH (s:Source {id: $id})
WHERE @in-generation(s)
RETURN s {
  .id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind,
  relationshipCount: COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.source = s.id AND r.gen = s.gen },
  claimCount: COUNT { MATCH (c:Claim) WHERE c.source = s.id AND c.gen = s.gen },
  relationships: COLLECT {
    MATCH (a:Entity)-[r]->(b:Entity)
    WHERE r.source = s.id AND r.gen = s.gen
    RETURN @relationship-row(r, a, b, s) AS rel
    ORDER BY rel.id
  },
  claims: COLLECT {
    MATCH (e:Entity)-[:HAS_CLAIM]->(c:Claim)
    WHERE c.source = s.id AND c.gen = s.gen
    RETURN @claim-row(c, e, s) AS claim
    ORDER BY claim.id
  }
} AS source
