// list-claims: figures and dates stated about entities that pass the fact filter, each with its
// source and quote, for one entity or all of them, optionally one property only; the API groups
// them side by side.
// Fragments: current-generation, in-generation, fact-passes, claim-row
// Params: $entityId (entity id or null for all), $property (claim property or null for all),
//   the fact filter (FactFilterParams): $stances, $modalities, $credibilities, $sources,
//   $windowStart, $windowEnd, $includePossible
// Columns: entityFound (boolean; true when $entityId is null), claims (list of maps: ClaimRow)
@current-generation
OPTIONAL MATCH (subject:Entity {id: $entityId}) WHERE @in-generation(subject)
CALL (subject, gen) {
  // One entity's claims start at it; all claims start at the generation's entities. The
  // parameters pick the branch (a `$entityId IS NULL OR …` test would hide the index).
  CALL (subject, gen) {
    MATCH (subject)-[:HAS_CLAIM]->(c:Claim)
    RETURN subject AS e, c
    UNION ALL
    UNWIND CASE WHEN $entityId IS NULL THEN [gen] ELSE [] END AS whole
    MATCH (e:Entity)-[:HAS_CLAIM]->(c:Claim)
    WHERE e.gen = whole
    RETURN e, c
  }
  WITH e, c
  WHERE ($property IS NULL OR c.property = $property) AND @fact-passes(c)
  OPTIONAL MATCH (s:Source {id: c.source, gen: c.gen})
  WITH e, c, s
  ORDER BY toLower(e.name), e.id, c.property, c.id
  RETURN collect(@claim-row(c, e, s)) AS claims
}
RETURN $entityId IS NULL OR subject IS NOT NULL AS entityFound, claims
