// list-entities-unfiltered: list-entities with no filter (the API picks it when categories, place,
// window and nameContains are all absent), the same answer read without touching every entity:
// the page is an ordered read of the (gen, nameKey, id) index from the cursor on, stopped after
// $first + 1 of the label, and the total is the count the loader stored for this generation
// (overview-derive-counts). A separate query, not a branch of list-entities: a branch the
// parameters pick made the planner plan every mix of null parameters (seconds each, cold).
// `derived` is false when the graph was loaded before the key and counts were stored (no page
// then: the API asks list-entities instead).
// Fragments: current-generation, in-generation, entity-row, holds
// Params: $label ('Group' | 'Event' | 'Place'), $afterKey, $afterId (keyset cursor: nameKey and
//   id of the last item seen, or null), $first (page size), $withClaims, $withRelationships
//   (booleans), and those of time-status (no window: null, null, false)
// Columns: totalCount, hasNextPage, items (list of maps: EntityRow), placeFound (true), derived
@current-generation
OPTIONAL MATCH (state:GraphState {id: 'graph'})
WITH gen, CASE WHEN state.countsGen = gen
  THEN CASE $label WHEN 'Group' THEN state.groupCount WHEN 'Event' THEN state.eventCount ELSE state.placeCount END
  END AS totalCount
CALL (gen, totalCount) {
  WITH gen WHERE totalCount IS NOT NULL
  MATCH (e:Entity)
  WHERE @in-generation(e) AND e.nameKey >= coalesce($afterKey, '') AND e.id IS NOT NULL
    AND $label IN labels(e)
    AND ($afterKey IS NULL OR e.nameKey > $afterKey OR (e.nameKey = $afterKey AND e.id > $afterId))
  WITH e
  // gen (one value here) and ASC spelt out: so written, the planner reads the index in its order
  // and stops at the limit (PROFILE); ORDER BY e.nameKey, e.id alone gave a Top over every entity.
  ORDER BY e.gen ASC, e.nameKey ASC, e.id ASC
  LIMIT $first + 1
  RETURN collect(e) AS window
}
CALL (window) {
  UNWIND window[0..$first] AS e
  RETURN collect(@entity-row(e)) AS items
}
RETURN totalCount, size(window) > $first AS hasNextPage, items, true AS placeFound,
  totalCount IS NOT NULL AS derived
