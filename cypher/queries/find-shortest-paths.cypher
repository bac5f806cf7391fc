// find-shortest-paths: every shortest path between two entities, ignoring direction, through
// relationships and entities that pass the filters; parallel citations of one step count once.
// Params: $fromId, $toId (entity ids), $maxLength (1..6),
//   $types (relationship types to keep), $confidences (confidence words to keep),
//   $sources (source ids or null), $kinds (entity labels to keep),
//   $windowStart, $windowEnd (dates or null; a relationship or entity without bounds is always
//   valid, one with bounds must overlap the window; asOf sets both to the same day)
//   $symmetricTypes (types drawn without direction)
// Columns: fromFound, toFound (booleans), paths (lists of entity ids, start to end),
//   nodes (maps), edges (maps: the drawn edges along the paths)
OPTIONAL MATCH (from:Entity {id: $fromId})
OPTIONAL MATCH (to:Entity {id: $toId})
CALL (from, to) {
  OPTIONAL MATCH p = ALL SHORTEST (from)
    (()-[r WHERE type(r) IN $types AND r.confidence IN $confidences
    AND ($sources IS NULL OR r.source IN $sources)
    AND ($windowEnd IS NULL OR r.validFrom IS NULL OR r.validFrom <= $windowEnd)
    AND ($windowStart IS NULL OR r.validTo IS NULL OR r.validTo >= $windowStart)]-(x:Entity WHERE any(label IN labels(x) WHERE label IN $kinds)
    AND ($windowEnd IS NULL OR x.validFrom IS NULL OR x.validFrom <= $windowEnd)
    AND ($windowStart IS NULL OR x.validTo IS NULL OR x.validTo >= $windowStart))){1,6}
    (to)
  WHERE length(p) <= $maxLength
  WITH DISTINCT [n IN nodes(p) | n.id] AS path
  WHERE path IS NOT NULL
  ORDER BY path
  RETURN collect(path) AS paths
}
CALL (paths) {
  UNWIND paths AS path
  UNWIND path AS id
  WITH DISTINCT id
  MATCH (n:Entity {id: id})
  WITH n
  ORDER BY toLower(n.name), n.id
  RETURN collect(n {.id, .name, .category, .aliases, .validFrom, .validFromPrecision, .validTo, .validToPrecision, labels: labels(n)}) AS nodes
}
CALL (paths) {
  UNWIND paths AS path
  UNWIND range(0, size(path) - 2) AS i
  WITH DISTINCT path[i] AS u, path[i + 1] AS v
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ((a.id = u AND b.id = v) OR (a.id = v AND b.id = u)) AND type(r) IN $types AND r.confidence IN $confidences
    AND ($sources IS NULL OR r.source IN $sources)
    AND ($windowEnd IS NULL OR r.validFrom IS NULL OR r.validFrom <= $windowEnd)
    AND ($windowStart IS NULL OR r.validTo IS NULL OR r.validTo >= $windowStart)
  WITH DISTINCT a, r, b
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
RETURN from IS NOT NULL AS fromFound, to IS NOT NULL AS toFound, paths, nodes, edges
