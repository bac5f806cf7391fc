// list-sources: one page of source documents in a stable order (case-insensitive title, then
// id), with how many relationships and claims cite each, and optionally everything they support.
// Fragments: current-generation, in-generation, relationship-row, claim-row
// Params: $kinds (source kinds or null), $publisher (lower-case substring or null),
//   $publishedFrom, $publishedTo (dates or null: published within; undated sources always
//   match), $afterKey, $afterId (keyset cursor or null), $first, $withSupports (boolean),
//   $windowStart, $windowEnd, $includePossible (null, null, false: the rows carry no timeStatus)
// Columns: totalCount, hasNextPage, items (list of maps: SourceDetailRow)
@current-generation
MATCH (s:Source)
WHERE @in-generation(s)
  AND ($kinds IS NULL OR s.kind IN $kinds)
  AND ($publisher IS NULL OR toLower(coalesce(s.publisher, '')) CONTAINS $publisher)
  AND ($publishedFrom IS NULL OR s.date IS NULL OR s.date >= $publishedFrom)
  AND ($publishedTo IS NULL OR s.date IS NULL OR s.date <= $publishedTo)
WITH s
ORDER BY toLower(s.title), s.id
WITH collect(s) AS matches
WITH size(matches) AS totalCount,
  [s IN matches WHERE $afterKey IS NULL OR toLower(s.title) > $afterKey OR (toLower(s.title) = $afterKey AND s.id > $afterId)] AS rest
WITH totalCount, rest[0..$first] AS page, size(rest) > $first AS hasNextPage
CALL (page) {
  UNWIND page AS s
  RETURN collect(s {
    .id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind,
    relationshipCount: COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.source = s.id AND r.gen = s.gen },
    claimCount: COUNT { MATCH (c:Claim) WHERE c.source = s.id AND c.gen = s.gen },
    relationships: CASE WHEN $withSupports THEN COLLECT {
      MATCH (a:Entity)-[r]->(b:Entity)
      WHERE r.source = s.id AND r.gen = s.gen
      RETURN @relationship-row(r, a, b, s) AS rel
      ORDER BY rel.id
    } ELSE [] END,
    claims: CASE WHEN $withSupports THEN COLLECT {
      MATCH (e:Entity)-[:HAS_CLAIM]->(c:Claim)
      WHERE c.source = s.id AND c.gen = s.gen
      RETURN @claim-row(c, e, s) AS claim
      ORDER BY claim.id
    } ELSE [] END
  }) AS items
}
RETURN totalCount, hasNextPage, items
