// list-entities: one page of groups, events or places, with filters, in a stable order
// (case-insensitive name, then id), the total number of matches, and whether more follow.
// Fragments: current-generation, in-generation, in-window, fact-passes, entity-row, holds
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
CALL (gen) {
  MATCH (e:Entity)
  WHERE @in-generation(e) AND $label IN labels(e)
    AND ($categories IS NULL OR e.category IN $categories)
    AND @in-window(e)
    AND ($nameContains IS NULL OR any(n IN coalesce(e.aliases, []) + [e.name] WHERE toLower(n) CONTAINS $nameContains))
    AND ($place IS NULL
      OR EXISTS {
        MATCH (e)-[f:OPERATES_IN|BASED_IN|PUT_IN_CHARGE_OF|OCCURRED_IN]->(:Place)-[:PART_OF]->{0,6}(:Place {id: $place})
        WHERE @fact-passes(f)
      }
      OR (e:Place AND EXISTS { (e)-[:PART_OF]->{0,6}(:Place {id: $place}) }))
  WITH e
  ORDER BY toLower(e.name), e.id
  RETURN collect(e) AS matches
}
WITH gen, size(matches) AS totalCount,
  [e IN matches WHERE $afterKey IS NULL OR toLower(e.name) > $afterKey OR (toLower(e.name) = $afterKey AND e.id > $afterId)] AS rest
WITH gen, totalCount, rest[0..$first] AS page, size(rest) > $first AS hasNextPage
CALL (page) {
  UNWIND page AS e
  RETURN collect(@entity-row(e)) AS items
}
RETURN totalCount, hasNextPage, items,
  // :Entity for the (id, gen) constraint: a :Place alone would be a label scan.
  $place IS NULL OR EXISTS { MATCH (p:Entity {id: $place}) WHERE @in-generation(p) AND p:Place } AS placeFound
