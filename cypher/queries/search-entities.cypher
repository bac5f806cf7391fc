// search-entities: entities whose name or aliases match, best first, through the full-text
// index `entityNames`. The API builds $query from the user's text: every term escaped for
// Lucene, then searched exactly (boosted), as a prefix and fuzzily (~).
// An entity whose name or alias equals the text (ignoring case) comes first.
// Fragments: current-generation, in-generation, entity-row, holds
// Params: $query (Lucene query string), $text (the user's text, lower-case, trimmed), $limit,
//   $kinds (entity labels to keep), $withClaims, $withRelationships (booleans: skip what was
//   not asked for), $windowStart, $windowEnd, $includePossible (null, null, false: no window)
// Columns: entity (map: EntityRow), score (float, higher is better), exact (boolean: a name
//   equals the text)
@current-generation
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WHERE node:Entity AND @in-generation(node) AND any(label IN labels(node) WHERE label IN $kinds)
WITH node AS e, score, any(n IN coalesce(node.aliases, []) + [node.name] WHERE toLower(n) = $text) AS exact
ORDER BY exact DESC, score DESC, toLower(e.name), e.id
LIMIT $limit
RETURN @entity-row(e) AS entity, score, exact
