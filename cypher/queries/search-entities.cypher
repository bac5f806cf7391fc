// search-entities: entities whose name or aliases match, best first, through the full-text
// index `entityNames`. The API builds $query from the user's text: every term escaped for
// Lucene, then searched exactly (boosted), as a prefix and fuzzily (~) (api/src/schema/lucene.ts).
// An entity whose name or alias equals the text (ignoring case) comes first.
// Fragments: current-generation, in-generation, entity-row, holds
// Params: $query (Lucene query string), $text (the user's text, lower-case, trimmed), $limit,
//   $kinds (entity labels to keep, or null for every kind), $withClaims, $withRelationships
//   (booleans: skip what was not asked for), $windowStart, $windowEnd, $includePossible
//   (null, null, false: no window)
// Columns: entity (map: EntityRow), score (float, higher is better), exact (boolean: a name
//   equals the text)
// Every match passes the lines up to LIMIT. The API asks first with every word required (few
// matches); only when nothing has them all does it ask with any word enough, which for a common
// word can match thousands at 100,000 entities. So the lines read as little as they can: the
// index holds :Entity nodes only, every entity has exactly one kind label (so null kinds skips
// the label test), and the name's lower case is the stored nameKey (core/model.ts, what $text is
// compared with and the lists sort by).
@current-generation
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WHERE @in-generation(node) AND ($kinds IS NULL OR any(label IN labels(node) WHERE label IN $kinds))
WITH node AS e, score,
  node.nameKey = $text OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = $text) AS exact
ORDER BY exact DESC, score DESC, e.nameKey, e.id
LIMIT $limit
RETURN @entity-row(e) AS entity, score, exact
