// get-entity: one entity with everything a researcher reads on its page: names, category,
// dates with precision and its known and possible spans, degree, its claims and every
// relationship touching it (denials and aims included, each saying so), each with its source.
// Fragments: current-generation, in-generation, entity-row, holds
// Params: $id (entity id), $withClaims, $withRelationships (booleans: skip what was not asked
//   for), $windowStart, $windowEnd, $includePossible (null, null, false: no window here)
// Columns: entity (map: EntityRow; no row when the id is unknown)
@current-generation
MATCH (e:Entity {id: $id})
WHERE @in-generation(e)
RETURN @entity-row(e) AS entity
