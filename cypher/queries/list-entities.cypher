// list-entities: one page of groups, events or places, with filters, in a stable order
// (case-insensitive name, then id), the total number of matches, and whether more follow.
// The candidates come from an index picked by the parameters (a `$x IS NULL OR …` test would
// hide it from the planner): the places inside $place and what is tied to them when a place is
// given, else the category index when categories are given, else the generation index. The page
// is the first $first + 1 matches after the cursor (Top: no sort of every match), and an
// unfiltered total comes from Neo4j's count store, less the nodes of other generations.
// Fragments: current-generation, entity-list-matches, in-generation, in-window, fact-passes,
//   entity-row, holds
// Params: $label ('Group' | 'Event' | 'Place'), $categories (list or null),
//   $place (place id or null: groups operating/based/in charge there, events that occurred
//   there, through a first step that passes the fact filter, and places inside it, following
//   PART_OF), $windowStart, $windowEnd (dates or null: the entity known to exist in the window,
//   or, with $includePossible, possibly), $stances, $modalities, $credibilities, $sources (the
//   fact filter on the $place step), $nameContains (lower-case or null),
//   $afterKey, $afterId (keyset cursor: lower-case name and id of the last item seen, or null),
//   $first (page size), $withClaims, $withRelationships (booleans)
// Columns: totalCount (all matches, ignoring the cursor), hasNextPage, items (list of maps:
//   EntityRow), placeFound (false when $place names no place)
@current-generation
WITH gen, $place IS NULL AND $categories IS NULL AND $nameContains IS NULL
    AND $windowStart IS NULL AND $windowEnd IS NULL AS unfiltered
// The total: with no filter, the label's count in Neo4j's count store less its nodes in other
// generations (a range seek on gen: none once a retired generation is gone); else every match.
CALL (gen, unfiltered) {
  WITH gen WHERE NOT unfiltered
  @entity-list-matches(gen, e)
  RETURN count(e) AS matched
}
CALL (gen) {
  @entity-list-matches(gen, e)
  // id projected beside key: with e.id in the cursor test, the planner sorts every match first.
  WITH e, toLower(e.name) AS key, e.id AS id
  WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND id > $afterId)
  WITH e, key, id
  ORDER BY key, id
  LIMIT $first + 1
  RETURN collect(e) AS window
}
CALL (window) {
  UNWIND window[0..$first] AS e
  RETURN collect(@entity-row(e)) AS items
}
RETURN
  CASE
    WHEN NOT unfiltered THEN matched
    WHEN gen IS NULL THEN 0
    ELSE CASE $label WHEN 'Group' THEN COUNT { (:Group) } WHEN 'Event' THEN COUNT { (:Event) } ELSE COUNT { (:Place) } END
      - COUNT { (o:Entity) WHERE o.gen < gen AND $label IN labels(o) }
      - COUNT { (o:Entity) WHERE o.gen > gen AND $label IN labels(o) }
  END AS totalCount,
  size(window) > $first AS hasNextPage, items,
  $place IS NULL OR EXISTS { MATCH (p:Entity {id: $place}) WHERE @in-generation(p) AND p:Place } AS placeFound
