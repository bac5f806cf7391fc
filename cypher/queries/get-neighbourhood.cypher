// get-neighbourhood: the entities within $depth steps of one entity (any direction, through
// relationships that pass the filters) and every passing relationship among them, grouped into
// drawn edges (one per start, type and end; symmetric types merged both ways) with citations.
// Params: $id (entity id), $depth (1..3),
//   $types (relationship types to keep), $confidences (confidence words to keep),
//   $sources (source ids or null), $kinds (entity labels to keep),
//   $windowStart, $windowEnd (dates or null; a relationship or entity without bounds is always
//   valid, one with bounds must overlap the window; asOf sets both to the same day)
//   $symmetricTypes (types drawn without direction)
// Columns: found (boolean), nodes (maps with depth: 0 for the entity itself), edges (maps)
OPTIONAL MATCH (root:Entity {id: $id})
CALL (root) {
  OPTIONAL MATCH p = ANY SHORTEST (root)
    (()-[r WHERE type(r) IN $types AND r.confidence IN $confidences
    AND ($sources IS NULL OR r.source IN $sources)
    AND ($windowEnd IS NULL OR r.validFrom IS NULL OR r.validFrom <= $windowEnd)
    AND ($windowStart IS NULL OR r.validTo IS NULL OR r.validTo >= $windowStart)]-(x:Entity WHERE any(label IN labels(x) WHERE label IN $kinds)
    AND ($windowEnd IS NULL OR x.validFrom IS NULL OR x.validFrom <= $windowEnd)
    AND ($windowStart IS NULL OR x.validTo IS NULL OR x.validTo >= $windowStart))){1,3}
    (n)
  WHERE length(p) <= $depth AND n <> root
  RETURN collect({node: n, depth: length(p)}) AS reached
}
WITH root, CASE WHEN root IS NULL THEN [] ELSE [{node: root, depth: 0}] + reached END AS reached
WITH root, reached, [x IN reached | x.node] AS members
CALL (reached) {
  UNWIND reached AS x
  WITH x.node AS n, x.depth AS depth
  ORDER BY depth, toLower(n.name), n.id
  RETURN collect(n {.id, .name, .category, .aliases, .validFrom, .validFromPrecision, .validTo, .validToPrecision, labels: labels(n), depth: depth}) AS nodes
}
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN members AND type(r) IN $types AND r.confidence IN $confidences
  AND ($sources IS NULL OR r.source IN $sources)
  AND ($windowEnd IS NULL OR r.validFrom IS NULL OR r.validFrom <= $windowEnd)
  AND ($windowStart IS NULL OR r.validTo IS NULL OR r.validTo >= $windowStart)
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
RETURN root IS NOT NULL AS found, nodes, edges
