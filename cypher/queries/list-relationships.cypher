// list-relationships: one page of relationships (one per citing source), filtered by type,
// confidence, time, source and entity, ordered by id, each with its provenance.
// Params: $entity (entity id at either end, or null),
//   $types (relationship types to keep), $confidences (confidence words to keep),
//   $sources (source ids or null), $kinds (entity labels to keep),
//   $windowStart, $windowEnd (dates or null; a relationship or entity without bounds is always
//   valid, one with bounds must overlap the window; asOf sets both to the same day)
//   $afterId (cursor: id of the last relationship seen, or null), $first (page size)
// Columns: totalCount (all matches, ignoring the cursor), hasNextPage, items (list of maps),
//   entityFound (false when $entity names no entity)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types AND r.confidence IN $confidences
  AND ($sources IS NULL OR r.source IN $sources)
  AND ($windowEnd IS NULL OR r.validFrom IS NULL OR r.validFrom <= $windowEnd)
  AND ($windowStart IS NULL OR r.validTo IS NULL OR r.validTo >= $windowStart)
  AND ($entity IS NULL OR a.id = $entity OR b.id = $entity)
  AND any(label IN labels(a) WHERE label IN $kinds)
  AND ($windowEnd IS NULL OR a.validFrom IS NULL OR a.validFrom <= $windowEnd)
  AND ($windowStart IS NULL OR a.validTo IS NULL OR a.validTo >= $windowStart)
  AND any(label IN labels(b) WHERE label IN $kinds)
  AND ($windowEnd IS NULL OR b.validFrom IS NULL OR b.validFrom <= $windowEnd)
  AND ($windowStart IS NULL OR b.validTo IS NULL OR b.validTo >= $windowStart)
WITH a, r, b
ORDER BY r.id
WITH collect({a: a, r: r, b: b}) AS matches
WITH size(matches) AS totalCount, [m IN matches WHERE $afterId IS NULL OR m.r.id > $afterId] AS rest
WITH totalCount, rest[0..$first] AS page, size(rest) > $first AS hasNextPage
CALL (page) {
  UNWIND page AS m
  WITH m.a AS a, m.r AS r, m.b AS b
  OPTIONAL MATCH (s:Source {id: r.source})
  RETURN collect(r {
      .id, .quote, .confidence, .attributedTo, .note, .role,
      .validFrom, .validFromPrecision, .validTo, .validToPrecision,
      type: type(r),
      from: a {.id, .name, .category, labels: labels(a)},
      to: b {.id, .name, .category, labels: labels(b)},
      source: s {.id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind}
    }) AS items
}
RETURN totalCount, hasNextPage, items,
  $entity IS NULL OR EXISTS { MATCH (:Entity {id: $entity}) } AS entityFound
