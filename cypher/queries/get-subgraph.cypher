// get-subgraph: the whole graph under the filters, as the viewer draws it: every passing
// relationship grouped into drawn edges with citations, the entities they connect and, with
// $includeIsolated, the passing entities that have no passing relationship.
// Params:
//   $types (relationship types to keep), $confidences (confidence words to keep),
//   $sources (source ids or null), $kinds (entity labels to keep),
//   $windowStart, $windowEnd (dates or null; a relationship or entity without bounds is always
//   valid, one with bounds must overlap the window; asOf sets both to the same day)
//   $symmetricTypes (types drawn without direction), $includeIsolated (boolean)
// Columns: nodes (maps), edges (maps)
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE type(r) IN $types AND r.confidence IN $confidences
  AND ($sources IS NULL OR r.source IN $sources)
  AND ($windowEnd IS NULL OR r.validFrom IS NULL OR r.validFrom <= $windowEnd)
  AND ($windowStart IS NULL OR r.validTo IS NULL OR r.validTo >= $windowStart)
    AND any(label IN labels(a) WHERE label IN $kinds)
    AND ($windowEnd IS NULL OR a.validFrom IS NULL OR a.validFrom <= $windowEnd)
    AND ($windowStart IS NULL OR a.validTo IS NULL OR a.validTo >= $windowStart)
    AND any(label IN labels(b) WHERE label IN $kinds)
    AND ($windowEnd IS NULL OR b.validFrom IS NULL OR b.validFrom <= $windowEnd)
    AND ($windowStart IS NULL OR b.validTo IS NULL OR b.validTo >= $windowStart)
  OPTIONAL MATCH (s:Source {id: r.source})
  WITH a, r, b, s, type(r) AS t
  ORDER BY r.id
  WITH t, CASE WHEN t IN $symmetricTypes AND a.id > b.id THEN [b.id, a.id] ELSE [a.id, b.id] END AS ends,
    collect(r {
      .id, .quote, .confidence, .attributedTo, .note, .role,
      .validFrom, .validFromPrecision, .validTo, .validToPrecision,
      source: s {.id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind}
    }) AS citations
  ORDER BY t, ends[0], ends[1]
  RETURN collect({id: ends[0] + '--' + t + '--' + ends[1], type: t, source: ends[0], target: ends[1], citations: citations}) AS edges
}
WITH edges, [e IN edges | e.source] + [e IN edges | e.target] AS touched
CALL (touched) {
  MATCH (n:Entity)
  WHERE n.id IN touched OR ($includeIsolated AND any(label IN labels(n) WHERE label IN $kinds)
    AND ($windowEnd IS NULL OR n.validFrom IS NULL OR n.validFrom <= $windowEnd)
    AND ($windowStart IS NULL OR n.validTo IS NULL OR n.validTo >= $windowStart))
  WITH n
  ORDER BY toLower(n.name), n.id
  RETURN collect(n {.id, .name, .category, .aliases, .validFrom, .validFromPrecision, .validTo, .validToPrecision, labels: labels(n)}) AS nodes
}
RETURN nodes, edges
