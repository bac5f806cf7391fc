// get-lineage-origins: where a group came from: the groups it defected from, split off from, is an affiliate or branch of,
// and theirs in turn (DEFECTED_FROM, OFFSHOOT_OF, AFFILIATE_OF, BRANCH_OF
// followed forwards), with the number of steps to each group and the edges among them.
// Params: $id (group id), $maxDepth (1..6), $types (the lineage types to follow),
//   $confidences, $sources, $kinds, $windowStart, $windowEnd (as in the other graph queries),
//   $symmetricTypes (unused by lineage types, kept for the shared edge grouping)
// Columns: found (boolean), nodes (maps with depth: 0 for the group itself), edges (maps)
OPTIONAL MATCH (root:Entity {id: $id})
CALL (root) {
  OPTIONAL MATCH p = ANY SHORTEST (root)
    (()-[r WHERE type(r) IN $types AND r.confidence IN $confidences
    AND ($sources IS NULL OR r.source IN $sources)
    AND ($windowEnd IS NULL OR r.validFrom IS NULL OR r.validFrom <= $windowEnd)
    AND ($windowStart IS NULL OR r.validTo IS NULL OR r.validTo >= $windowStart)]->(x:Entity WHERE any(label IN labels(x) WHERE label IN $kinds)
    AND ($windowEnd IS NULL OR x.validFrom IS NULL OR x.validFrom <= $windowEnd)
    AND ($windowStart IS NULL OR x.validTo IS NULL OR x.validTo >= $windowStart))){1,6}
    (n)
  WHERE length(p) <= $maxDepth AND n <> root
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
