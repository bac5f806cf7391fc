// list-entities: one page of groups, events or places, with filters, in a stable order
// (case-insensitive name, then id), the total number of matches, and whether more follow.
// Params: $label ('Group' | 'Event' | 'Place'), $categories (list or null),
//   $place (place id or null: groups operating/based/in charge there, events that occurred
//   there, places inside it, following PART_OF), $windowStart, $windowEnd (dates or null: the
//   entity's dates must overlap; undated entities always match; an event without an end date
//   lasts the period its start date names), $nameContains (lower-case or null),
//   $afterKey, $afterId (keyset cursor: lower-case name and id of the last item seen, or null),
//   $first (page size), $withClaims, $withRelationships (booleans)
// Columns: totalCount (all matches, ignoring the cursor), hasNextPage, items (list of maps),
//   placeFound (false when $place names no place)
MATCH (e:Entity)
WHERE $label IN labels(e)
// An event without an end date is over when the period its start date names is over (an attack
// in August 2021 is not an event of 2022); a group or place without one still exists.
WITH e, CASE
    WHEN e.validTo IS NOT NULL OR NOT e:Event OR e.validFrom IS NULL THEN e.validTo
    WHEN e.validFromPrecision = 'year' THEN e.validFrom + duration({years: 1}) - duration({days: 1})
    WHEN e.validFromPrecision = 'month' THEN e.validFrom + duration({months: 1}) - duration({days: 1})
    ELSE e.validFrom
  END AS endsOn
WHERE ($categories IS NULL OR e.category IN $categories)
  AND ($windowEnd IS NULL OR e.validFrom IS NULL OR e.validFrom <= $windowEnd)
  AND ($windowStart IS NULL OR endsOn IS NULL OR endsOn >= $windowStart)
  AND ($nameContains IS NULL OR any(n IN coalesce(e.aliases, []) + [e.name] WHERE toLower(n) CONTAINS $nameContains))
  AND ($place IS NULL
    OR EXISTS { (e)-[:OPERATES_IN|BASED_IN|PUT_IN_CHARGE_OF|OCCURRED_IN]->(:Place)-[:PART_OF]->{0,6}(:Place {id: $place}) }
    OR (e:Place AND EXISTS { (e)-[:PART_OF]->{0,6}(:Place {id: $place}) }))
WITH e
ORDER BY toLower(e.name), e.id
WITH collect(e) AS matches
WITH size(matches) AS totalCount,
  [e IN matches WHERE $afterKey IS NULL OR toLower(e.name) > $afterKey OR (toLower(e.name) = $afterKey AND e.id > $afterId)] AS rest
WITH totalCount, rest[0..$first] AS page, size(rest) > $first AS hasNextPage
CALL (page) {
  UNWIND page AS e
  RETURN collect(e {
  .id, .name, .category, .aliases,
  .validFrom, .validFromPrecision, .validTo, .validToPrecision,
  labels: labels(e),
  degree: {inDegree: COUNT { (e)<-[]-(:Entity) }, outDegree: COUNT { (e)-[]->(:Entity) }},
  claims: CASE WHEN $withClaims THEN COLLECT {
    MATCH (e)-[:HAS_CLAIM]->(c:Claim)
    OPTIONAL MATCH (s:Source {id: c.source})
    RETURN c {
      .id, .property, .value, .valueDate, .valuePrecision, .valueText, .qualifier, .unit, .refersTo,
      .asOf, .asOfPrecision, .quote, .confidence, .attributedTo, .note,
      subject: e {.id, .name, .category, labels: labels(e)},
      source: s {.id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind}
    } AS claim
    ORDER BY claim.property, claim.id
  } ELSE [] END,
  relationships: CASE WHEN $withRelationships THEN COLLECT {
    MATCH (e)-[r]-(:Entity)
    WITH DISTINCT r
    WITH r, startNode(r) AS a, endNode(r) AS b
    OPTIONAL MATCH (s:Source {id: r.source})
    RETURN r {
      .id, .quote, .confidence, .attributedTo, .note, .role,
      .validFrom, .validFromPrecision, .validTo, .validToPrecision,
      type: type(r),
      from: a {.id, .name, .category, labels: labels(a)},
      to: b {.id, .name, .category, labels: labels(b)},
      source: s {.id, .title, .publisher, .date, .datePrecision, .dateNote, .speakers, .file, .kind}
    } AS rel
    ORDER BY rel.type, rel.id
  } ELSE [] END
}) AS items
}
RETURN totalCount, hasNextPage, items,
  $place IS NULL OR EXISTS { MATCH (:Place {id: $place}) } AS placeFound
