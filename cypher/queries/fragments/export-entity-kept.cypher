// export-entity-kept: entity x (already in scope: export-entity-scope) is exported. With
// isolated=exclude ($connectedOnly) only a focus entity or one an exported relationship touches
// (an in-scope relationship, either direction, to an in-scope entity) is kept.
// Params: $connectedOnly (boolean), $focus (list of ids, [] without a focus), and those of
//   export-entity-scope and relationship-passes
// Args: x
(NOT $connectedOnly OR x.id IN $focus
  OR EXISTS { MATCH (x)-[r]-(m:Entity) WHERE @relationship-passes(r) AND @export-entity-scope(m) })
